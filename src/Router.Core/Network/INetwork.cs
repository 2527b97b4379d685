namespace Router.Core.Network
{
    /// <summary>
    /// The board's TCP/IP stack as the firmware sees it: listening sockets and their connections, all
    /// non-blocking, so one firmware loop can serve the console and every connection without threads.
    /// The host board implements it over the operating system's sockets; the ESP32 board over
    /// nanoFramework's System.Net.Sockets on the Wi-Fi or Ethernet netif.
    /// </summary>
    public interface INetwork
    {
        /// <summary>The address the board's services listen on by default (host: --listen; ESP32: the netif's address).</summary>
        string DefaultAddress { get; }

        /// <summary>Opens a listening TCP socket; port 0 picks a free port. Throws NetworkException when it cannot.</summary>
        ITcpListener Listen(string address, int port, int backlog);
    }
}
