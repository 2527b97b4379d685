using System;
using System.Net;
using System.Net.Sockets;
using Router.Core.Network;

namespace Router.HostBoard
{
    /// <summary>
    /// The virtual device's TCP/IP stack: this machine's sockets, non-blocking, bound to the --listen address
    /// (127.0.0.1 by default) unless a service asks for another.
    /// </summary>
    public sealed class HostNetwork : INetwork
    {
        private readonly string _defaultAddress;

        public HostNetwork(string defaultAddress)
        {
            _defaultAddress = defaultAddress;
        }

        public string DefaultAddress
        {
            get { return _defaultAddress; }
        }

        public ITcpListener Listen(string address, int port, int backlog)
        {
            if (!IPAddress.TryParse(address, out IPAddress ip))
            {
                throw new NetworkException("not an IP address: " + address);
            }

            Socket socket = new Socket(ip.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Blocking = false;

                // A restarted router binds again at once, as the ESP32's lwIP does (no TIME_WAIT wait).
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                socket.Bind(new IPEndPoint(ip, port));
                socket.Listen(backlog);
                return new HostTcpListener(socket, address, ((IPEndPoint)socket.LocalEndPoint).Port);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                throw new NetworkException("cannot listen on " + address + ":" + port + ": " + e.Message);
            }
        }
    }
}
