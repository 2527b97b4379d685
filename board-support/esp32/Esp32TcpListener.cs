using System.Net.Sockets;
using Router.Core.Network;

namespace Router.Esp32
{
    /// <summary>A listening socket; Accept polls first, so it never blocks.</summary>
    public sealed class Esp32TcpListener : ITcpListener
    {
        private readonly string _address;
        private readonly int _port;
        private Socket _socket;

        public Esp32TcpListener(Socket socket, string address, int port)
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
            if (_socket == null)
            {
                return null;
            }

            try
            {
                if (!_socket.Poll(0, SelectMode.SelectRead))
                {
                    return null;
                }

                return new Esp32TcpConnection(_socket.Accept());
            }
            catch (System.Exception)
            {
                // A connection reset between the poll and the accept: nothing to hand over.
                return null;
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
