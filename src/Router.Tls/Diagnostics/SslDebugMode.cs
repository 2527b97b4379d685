namespace Router.Tls.Diagnostics
{
    /// <summary>The debug outputs of enable/disable ssl debug, as flags.</summary>
    public static class SslDebugMode
    {
        public const int Packet = 1;
        public const int State = 2;
        public const int Trace = 4;

        /// <summary>The manual's ALL: packet, state and trace (never the key log, which is asked for by name).</summary>
        public const int All = Packet | State | Trace;

        /// <summary>NSS key log lines (Security Officer only; not in the manual).</summary>
        public const int KeyLog = 8;
    }
}
