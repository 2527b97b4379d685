namespace Router.Tls
{
    /// <summary>Server handshake states, one per expected message (RFC 8446 A.2).</summary>
    public static class TlsState
    {
        public const int ExpectClientHello = 0;
        public const int ExpectSecondClientHello = 1;
        public const int ExpectFinished = 2;
        public const int Connected = 3;
        public const int Closed = 4;

        public static string Name(int state)
        {
            switch (state)
            {
                case ExpectClientHello:
                    return "ExpectClientHello";
                case ExpectSecondClientHello:
                    return "ExpectSecondClientHello";
                case ExpectFinished:
                    return "ExpectFinished";
                case Connected:
                    return "Connected";
                default:
                    return "Closed";
            }
        }
    }
}
