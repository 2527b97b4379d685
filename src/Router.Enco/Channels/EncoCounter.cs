namespace Router.Enco.Channels
{
    /// <summary>
    /// The ENCO counters of show ssl counters' "Enco" group (000), in its order: index into
    /// <see cref="EncoCounters"/>. A request counter (attach, encode, ...) counts every request;
    /// its past tense (attached, encoded, ...) the successes and its Fail the refusals.
    /// </summary>
    public static class EncoCounter
    {
        public const int Attach = 0;
        public const int Attached = 1;
        public const int AttachFail = 2;
        public const int Detach = 3;
        public const int Detached = 4;
        public const int Encode = 5;
        public const int Encoded = 6;
        public const int EncodeFail = 7;
        public const int Decode = 8;
        public const int Decoded = 9;
        public const int DecodeFail = 10;
        public const int Handshake = 11;
        public const int HandshakeOk = 12;
        public const int HandshakeFail = 13;
        public const int GetKeyOk = 14;
        public const int GetKeyFail = 15;

        public const int Count = 16;

        private static readonly string[] Names = new string[]
        {
            "attach", "attached", "attachFail", "detach", "detached", "encode", "encoded", "encodeFail",
            "decode", "decoded", "decodeFail", "handshake", "handshakeOK", "handshakeFail", "getKeyOk", "getKeyFail",
        };

        /// <summary>The counter's name as the manual prints it.</summary>
        public static string Name(int counter)
        {
            return Names[counter];
        }
    }
}
