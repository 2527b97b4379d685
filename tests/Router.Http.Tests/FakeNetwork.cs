using System.Collections;
using Router.Core.Network;

namespace Router.Http.Tests
{
    /// <summary>A board network in memory: listeners hand out connections the test queued.</summary>
    public sealed class FakeNetwork : INetwork
    {
        private readonly ArrayList _listeners = new ArrayList();

        public string DefaultAddress
        {
            get { return "192.0.2.1"; }
        }

        public FakeListener Listener(int port)
        {
            for (int i = 0; i < _listeners.Count; i++)
            {
                FakeListener listener = (FakeListener)_listeners[i];
                if (listener.Port == port && !listener.Closed)
                {
                    return listener;
                }
            }

            return null;
        }

        public ITcpListener Listen(string address, int port, int backlog)
        {
            if (Listener(port) != null)
            {
                throw new NetworkException("address in use");
            }

            FakeListener created = new FakeListener(address, port);
            _listeners.Add(created);
            return created;
        }

        /// <summary>A new client connection waiting on the port's listener.</summary>
        public FakeConnection Connect(int port)
        {
            FakeConnection connection = new FakeConnection();
            Listener(port).Pending.Add(connection);
            return connection;
        }
    }

    public sealed class FakeListener : ITcpListener
    {
        public readonly ArrayList Pending = new ArrayList();
        public bool Closed;
        private readonly string _address;
        private readonly int _port;

        public FakeListener(string address, int port)
        {
            _address = address;
            _port = port;
        }

        public string Address
        {
            get { return _address; }
        }

        public int Port
        {
            get { return _port; }
        }

        public ITcpConnection Accept()
        {
            if (Closed || Pending.Count == 0)
            {
                return null;
            }

            ITcpConnection next = (ITcpConnection)Pending[0];
            Pending.RemoveAt(0);
            return next;
        }

        public void Close()
        {
            Closed = true;
        }
    }

    /// <summary>One client: bytes it sent wait for the server; what the server sends is kept for the test.</summary>
    public sealed class FakeConnection : ITcpConnection
    {
        private byte[] _toServer = new byte[0];
        private int _toServerOffset;
        private byte[] _fromServer = new byte[65536];
        private int _fromServerLength;

        /// <summary>The most bytes one Send takes (a small socket buffer); 0 blocks sends entirely.</summary>
        public int SendWindow = 1 << 20;

        /// <summary>The client closed its side after what it sent.</summary>
        public bool ClientEnded;

        public bool Closed;

        public string RemoteAddress
        {
            get { return "198.51.100.7"; }
        }

        public int RemotePort
        {
            get { return 50000; }
        }

        public void ClientSends(string text)
        {
            ClientSends(System.Text.Encoding.UTF8.GetBytes(text));
        }

        public void ClientSends(byte[] data)
        {
            int left = _toServer.Length - _toServerOffset;
            byte[] joined = new byte[left + data.Length];
            System.Array.Copy(_toServer, _toServerOffset, joined, 0, left);
            System.Array.Copy(data, 0, joined, left, data.Length);
            _toServer = joined;
            _toServerOffset = 0;
        }

        /// <summary>Everything the server sent so far, as text, and forgets it.</summary>
        public string TakeReceived()
        {
            byte[] bytes = TakeReceivedBytes();
            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }

        public byte[] TakeReceivedBytes()
        {
            byte[] bytes = new byte[_fromServerLength];
            System.Array.Copy(_fromServer, bytes, _fromServerLength);
            _fromServerLength = 0;
            return bytes;
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            if (Closed)
            {
                return -1;
            }

            int left = _toServer.Length - _toServerOffset;
            if (left == 0)
            {
                return ClientEnded ? -1 : 0;
            }

            int n = left < count ? left : count;
            System.Array.Copy(_toServer, _toServerOffset, buffer, offset, n);
            _toServerOffset += n;
            return n;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            if (Closed)
            {
                return -1;
            }

            int n = count < SendWindow ? count : SendWindow;
            if (_fromServerLength + n > _fromServer.Length)
            {
                byte[] larger = new byte[(_fromServerLength + n) * 2];
                System.Array.Copy(_fromServer, larger, _fromServerLength);
                _fromServer = larger;
            }

            System.Array.Copy(buffer, offset, _fromServer, _fromServerLength, n);
            _fromServerLength += n;
            return n;
        }

        public void Close()
        {
            Closed = true;
        }
    }
}
