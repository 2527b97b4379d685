namespace Router.Core.Network
{
    /// <summary>One accepted TCP connection. Never blocks.</summary>
    public interface ITcpConnection
    {
        string RemoteAddress { get; }

        int RemotePort { get; }

        /// <summary>Bytes read into the buffer: 0 when nothing is waiting now, -1 once the peer has closed or the connection failed.</summary>
        int Receive(byte[] buffer, int offset, int count);

        /// <summary>Bytes the stack took (possibly fewer than offered, 0 when its buffer is full); -1 once the connection failed.</summary>
        int Send(byte[] buffer, int offset, int count);

        /// <summary>Closes the connection; further calls do nothing.</summary>
        void Close();
    }
}
