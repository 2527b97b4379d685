namespace Router.Enco
{
    /// <summary>
    /// The status codes of the ENCO engine, with the values of ENCO_OK and ENCO_ERR_* in
    /// native-interop/enco/include/enco.h.
    /// </summary>
    public static class EncoStatus
    {
        public const int Ok = 0;
        public const int NullPointer = -1;
        public const int BadLength = -2;
        public const int BufferTooSmall = -3;
        public const int Unsupported = -4;
        public const int BadContext = -5;
        public const int BadState = -6;
        public const int Backend = -7;

        /// <summary>What a code means, for exception messages and logs.</summary>
        public static string Describe(int status)
        {
            switch (status)
            {
                case Ok:
                    return "success";
                case NullPointer:
                    return "a buffer is null";
                case BadLength:
                    return "an offset or count is negative or outside its buffer";
                case BufferTooSmall:
                    return "an output or context buffer is too small";
                case Unsupported:
                    return "unsupported algorithm";
                case BadContext:
                    return "the context holds no stream of this kind (never started, or freed)";
                case BadState:
                    return "the stream is finished; start it again";
                case Backend:
                    return "the crypto backend failed";
                default:
                    return "unknown ENCO status";
            }
        }
    }
}
