namespace Router.Core
{
    /// <summary>The administrator's serial console: the UART on the ESP32, a terminal or a pipe on the host.</summary>
    public interface IConsolePort
    {
        /// <summary>
        /// Waits at most <paramref name="timeoutMilliseconds"/> for input and copies what has
        /// arrived, up to <paramref name="count"/> bytes. Returns the number of bytes read, 0 on
        /// timeout, or -1 once the console is gone for good (host: end of standard input; a
        /// UART never ends).
        /// </summary>
        int Read(byte[] buffer, int offset, int count, int timeoutMilliseconds);

        /// <summary>
        /// Sends the bytes. When nobody drains the line for a while the port drops them, as a
        /// UART with no cable attached would, so a silent console never stalls the router.
        /// </summary>
        void Write(byte[] buffer, int offset, int count);
    }
}
