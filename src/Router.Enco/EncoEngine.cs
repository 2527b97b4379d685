namespace Router.Enco
{
    /// <summary>The native engine as a whole: which interface version this assembly expects.</summary>
    public static class EncoEngine
    {
        /// <summary>
        /// ENCO_ABI_VERSION of enco.h: AssemblyNativeVersion 1.1.0.0 packed one byte per part.
        /// </summary>
        public const int ExpectedAbiVersion = 0x01010000;

        /// <summary>The version the loaded engine reports (libenco.so on the host, the firmware on the device).</summary>
        public static int AbiVersion
        {
            get { return EncoNative.AbiVersion(); }
        }

        /// <summary>
        /// Fails when the loaded engine implements another interface version, e.g. a stale libenco.so.
        /// Boards call it once at start-up.
        /// </summary>
        public static void EnsureCompatible()
        {
            if (EncoNative.AbiVersion() != ExpectedAbiVersion)
            {
                throw new EncoException(EncoStatus.Unsupported);
            }
        }
    }
}
