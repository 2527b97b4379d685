using System.Net;
using System.Net.Sockets;
using Router.Core.Network;

namespace Router.Esp32
{
    /// <summary>
    /// One accepted socket. Receive polls for readability first; readable with nothing available means the
    /// peer closed. Send polls for writability and offers at most what lwIP's send buffer takes at once.
    /// </summary>
    public sealed class Esp32TcpConnection : ITcpConnection
    {
        // lwIP's TCP send buffer on the ESP32 (CONFIG_LWIP_TCP_SND_BUF_DEFAULT): larger sends would block.
        private const int MaxSendChunk = 5744;

        private readonly string _remoteAddress;
        private readonly int _remotePort;
        private Socket _socket;

        public Esp32TcpConnection(Socket socket)
        {
            _socket = socket;
            IPEndPoint remote = socket.RemoteEndPoint as IPEndPoint;
            _remoteAddress = remote != null ? remote.Address.ToString() : "0.0.0.0";
            _remotePort = remote != null ? remote.Port : 0;
            try
            {
                socket.SetSocketOption(SocketOptionLevel.Tcp, SocketOptionName.NoDelay, true);
                socket.SendTimeout = 50;
            }
            catch (System.Exception)
            {
            }
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
            if (_socket == null)
            {
                return -1;
            }

            try
            {
                if (!_socket.Poll(0, SelectMode.SelectRead))
                {
                    return 0;
                }

                int available = _socket.Available;
                if (available <= 0)
                {
                    return -1;
                }

                int n = _socket.Receive(buffer, offset, available < count ? available : count, SocketFlags.None);
                return n > 0 ? n : -1;
            }
            catch (System.Exception)
            {
                return -1;
            }
        }

        public int Send(byte[] buffer, int offset, int count)
        {
            if (_socket == null)
            {
                return -1;
            }

            try
            {
                if (!_socket.Poll(0, SelectMode.SelectWrite))
                {
                    return 0;
                }

                return _socket.Send(buffer, offset, count < MaxSendChunk ? count : MaxSendChunk, SocketFlags.None);
            }
            catch (SocketException e)
            {
                return e.ErrorCode == (int)SocketError.TimedOut || e.ErrorCode == (int)SocketError.WouldBlock ? 0 : -1;
            }
            catch (System.Exception)
            {
                return -1;
            }
        }

        public void Close()
        {
            if (_socket != null)
            {
                try
                {
                    _socket.Close();
                }
                catch (System.Exception)
                {
                }

                _socket = null;
            }
        }
    }
}
