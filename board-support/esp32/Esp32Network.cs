using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Router.Core.Network;

namespace Router.Esp32
{
    /// <summary>
    /// The Wi-Fi or Ethernet netif through nanoFramework's sockets (lwIP underneath). nanoFramework sockets
    /// block, so every call is guarded by Poll(0, ...): the firmware loop never waits on the network.
    /// </summary>
    public sealed class Esp32Network : INetwork
    {
        /// <summary>The first netif's IPv4 address, or 0.0.0.0 (every netif) while none has one.</summary>
        public string DefaultAddress
        {
            get
            {
                NetworkInterface[] interfaces = NetworkInterface.GetAllNetworkInterfaces();
                for (int i = 0; i < interfaces.Length; i++)
                {
                    string address = interfaces[i].IPv4Address;
                    if (address != null && address.Length > 0 && address != "0.0.0.0")
                    {
                        return address;
                    }
                }

                return "0.0.0.0";
            }
        }

        public ITcpListener Listen(string address, int port, int backlog)
        {
            Socket socket = null;
            try
            {
                IPAddress ip = IPAddress.Parse(address);
                socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                socket.Bind(new IPEndPoint(ip, port));
                socket.Listen(backlog);
                int bound = port;
                IPEndPoint local = socket.LocalEndPoint as IPEndPoint;
                if (local != null)
                {
                    bound = local.Port;
                }

                return new Esp32TcpListener(socket, address, bound);
            }
            catch (SocketException e)
            {
                if (socket != null)
                {
                    socket.Close();
                }

                throw new NetworkException("cannot listen on " + address + ":" + port.ToString() + " (socket error " + e.ErrorCode.ToString() + ")");
            }
            catch (System.Exception e)
            {
                if (socket != null)
                {
                    socket.Close();
                }

                throw new NetworkException("cannot listen on " + address + ":" + port.ToString() + " (" + e.Message + ")");
            }
        }
    }
}
