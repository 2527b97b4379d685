using System.Net.Sockets;
using Router.Core.Network;

namespace Router.HostBoard
{
    /// <summary>A non-blocking listening socket of the virtual device.</summary>
    public sealed class HostTcpListener : ITcpListener
    {
        private readonly string _address;
        private readonly int _port;
        private Socket _socket;

        public HostTcpListener(Socket socket, string address, int port)
        {
            _socket = socket;
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
            Socket socket = _socket;
            if (socket == null)
            {
                return null;
            }

            try
            {
                if (!socket.Poll(0, SelectMode.SelectRead))
                {
                    return null;
                }

                return new HostTcpConnection(socket.Accept());
            }
            catch (SocketException)
            {
                // Would block, or the client reset between the poll and the accept.
                return null;
            }
        }

        public void Close()
        {
            _socket?.Dispose();
            _socket = null;
        }
    }
}
