using System.Net;
using System.Net.Sockets;
using Router.Core.Network;

namespace Router.HostBoard
{
    /// <summary>One accepted connection, non-blocking: would-block is 0, end of stream or an error is -1.</summary>
    public sealed class HostTcpConnection : ITcpConnection
    {
        // Scratch for what a closing peer still sent; the firmware loop is one thread.
        private static readonly byte[] Discard = new byte[4096];

        private readonly string _remoteAddress;
        private readonly int _remotePort;
        private Socket _socket;

        public HostTcpConnection(Socket socket)
        {
            _socket = socket;
            socket.Blocking = false;
            socket.NoDelay = true;
            IPEndPoint remote = (IPEndPoint)socket.RemoteEndPoint;
            IPAddress address = remote.Address.IsIPv4MappedToIPv6 ? remote.Address.MapToIPv4() : remote.Address;
            _remoteAddress = address.ToString();
            _remotePort = remote.Port;
        }

        public string RemoteAddress
        {
            get { return _remoteAddress; }
        }

        public int RemotePort
        {
            get { return _remotePort; }
        }

        public int Receive(byte[] buffer, int offset, int count)
        {
            Socket socket = _socket;
            if (socket == null)
            {
                return -1;
            }

            if (count == 0)
            {
                return 0;
            }

            int n = socket.Receive(buffer, offset, count, SocketFlags.None, out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                return 0;
            }

            return error == SocketError.Success && n > 0 ? n : -1;
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            Socket socket = _socket;
            if (socket == null)
            {
                return -1;
            }

            if (count == 0)
            {
                return 0;
            }

            int n = socket.Send(buffer, offset, count, SocketFlags.None, out SocketError error);
            if (error == SocketError.WouldBlock)
            {
                return 0;
            }

            return error == SocketError.Success ? n : -1;
        }

        public void Close()
        {
            Socket socket = _socket;
            if (socket == null)
            {
                return;
            }

            _socket = null;
            try
            {
                // FIN first, so the peer reads the last response before the socket goes.
                socket.Shutdown(SocketShutdown.Send);
            }
            catch (SocketException)
            {
            }

            // Unread input makes close() send a reset that can destroy the answer in the peer's buffer: drop what is here.
            for (int i = 0; i < 16; i++)
            {
                int n = socket.Receive(Discard, 0, Discard.Length, SocketFlags.None, out SocketError error);
                if (n <= 0 || error != SocketError.Success)
                {
                    break;
                }
            }

            socket.Dispose();
        }
    }
}
