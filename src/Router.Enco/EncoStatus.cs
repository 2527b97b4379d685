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
        public const int AuthenticationFailed = -8;
        public const int BadKey = -9;
        public const int BadNonce = -10;
        public const int BlockSize = -11;
        public const int Limit = -12;
        public const int BadData = -13;
        public const int Entropy = -14;

        // -16..-23: public-key algorithms (enco_pk.h)
        public const int KeyFormat = -16;
        public const int BadSignature = -17;
        public const int DecryptFailed = -18;
        public const int BadPeerKey = -19;
        public const int WrongKeyType = -20;
        public const int KeySize = -21;

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
                case AuthenticationFailed:
                    return "authentication failed (tag or MAC mismatch)";
                case BadKey:
                    return "key length not supported by the algorithm";
                case BadNonce:
                    return "nonce or IV length not supported";
                case BlockSize:
                    return "input is not a whole number of cipher blocks";
                case Limit:
                    return "a size limit was exceeded";
                case BadData:
                    return "malformed input data";
                case Entropy:
                    return "the entropy source failed";
                case KeyFormat:
                    return "malformed, inconsistent or unsupported key";
                case BadSignature:
                    return "the signature does not verify";
                case DecryptFailed:
                    return "decryption failed";
                case BadPeerKey:
                    return "the peer's public value is invalid";
                case WrongKeyType:
                    return "the key's type does not do this operation";
                case KeySize:
                    return "unsupported key size";
                default:
                    return "unknown ENCO status";
            }
        }
    }
}
