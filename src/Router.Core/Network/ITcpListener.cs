namespace Router.Core.Network
{
    /// <summary>A listening TCP socket. Never blocks.</summary>
    public interface ITcpListener
    {
        string Address { get; }

        /// <summary>The port actually bound (useful when 0 was asked for).</summary>
        int Port { get; }

        /// <summary>The next pending connection, or null when none is waiting.</summary>
        ITcpConnection Accept();

        void Close();
    }
}
