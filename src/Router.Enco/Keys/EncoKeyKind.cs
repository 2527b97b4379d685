namespace Router.Enco.Keys
{
    /// <summary>
    /// The types of ENCO key (create enco key=N type=...): what the key store keeps, how long
    /// the key material may be, and what show enco key calls it.
    /// </summary>
    public static class EncoKeyKind
    {
        /// <summary>An RSA private key: an ENCO key blob (enco_pk.h) made by the public-key engine.</summary>
        public const int Rsa = 1;

        /// <summary>An ECDSA private key (P-256 or P-384): an ENCO key blob made by the public-key engine.</summary>
        public const int Ecdsa = 2;

        /// <summary>A general secret (ISAKMP pre-shared keys): text of 1..256 characters.</summary>
        public const int General = 3;

        /// <summary>A DES key, 8 bytes; legacy IPsec peers only.</summary>
        public const int Des = 4;

        /// <summary>A 3DES key: 24 bytes (three keys) or 16 (two keys); legacy IPsec peers only.</summary>
        public const int TripleDes = 5;

        /// <summary>An AES key: 16, 24 or 32 bytes.</summary>
        public const int Aes = 6;

        public static bool IsValid(int kind)
        {
            return kind >= Rsa && kind <= Aes;
        }

        /// <summary>Private keys are never shown, to anyone.</summary>
        public static bool IsPrivateKey(int kind)
        {
            return kind == Rsa || kind == Ecdsa;
        }

        /// <summary>The key types the store fills with random bytes itself (create ... random).</summary>
        public static bool IsSecretKey(int kind)
        {
            return kind == General || kind == Des || kind == TripleDes || kind == Aes;
        }

        /// <summary>The name in show enco key.</summary>
        public static string Name(int kind)
        {
            switch (kind)
            {
                case Rsa:
                    return "RSA";
                case Ecdsa:
                    return "ECDSA";
                case General:
                    return "General";
                case Des:
                    return "DES";
                case TripleDes:
                    return "3DES";
                case Aes:
                    return "AES";
                default:
                    return "Unknown";
            }
        }

        /// <summary>
        /// The kind a TYPE= word names, in any case: RSA, ECDSA (or ECC), GENERAL, DES, 3DES (or the
        /// manuals' 3DES2KEY, 3DESINNER, 3DESOUTER), AES. -1 for anything else.
        /// </summary>
        public static int Parse(string word)
        {
            if (word == null)
            {
                return -1;
            }

            switch (word.ToUpper())
            {
                case "RSA":
                    return Rsa;
                case "ECDSA":
                case "ECC":
                    return Ecdsa;
                case "GENERAL":
                    return General;
                case "DES":
                    return Des;
                case "3DES":
                case "3DES2KEY":
                case "3DESINNER":
                case "3DESOUTER":
                    return TripleDes;
                case "AES":
                    return Aes;
                default:
                    return -1;
            }
        }

        /// <summary>
        /// Key bytes for a random key of this kind with LENGTH=<paramref name="length"/>, or -1 when
        /// the length is not allowed. 0 asks for the default. General: characters (1..256, default
        /// 32). AES: bits, 128/192/256 (default 256). 3DES: bits, 128 (two keys) or 192 (default).
        /// DES: 64 only.
        /// </summary>
        public static int RandomKeyBytes(int kind, int length)
        {
            switch (kind)
            {
                case General:
                    if (length == 0)
                    {
                        return EncoKeyStore.DefaultGeneralLength;
                    }

                    return length >= 1 && length <= EncoKeyStore.MaxGeneralLength ? length : -1;
                case Aes:
                    if (length == 0)
                    {
                        return 32;
                    }

                    return length == 128 || length == 192 || length == 256 ? length / 8 : -1;
                case TripleDes:
                    if (length == 0)
                    {
                        return 24;
                    }

                    return length == 128 || length == 192 ? length / 8 : -1;
                case Des:
                    return length == 0 || length == 64 ? 8 : -1;
                default:
                    return -1;
            }
        }

        /// <summary>Whether <paramref name="count"/> bytes of material are right for a key of this kind.</summary>
        public static bool IsMaterialLengthValid(int kind, int count)
        {
            switch (kind)
            {
                case General:
                    return count >= 1 && count <= EncoKeyStore.MaxGeneralLength;
                case Des:
                    return count == 8;
                case TripleDes:
                    return count == 16 || count == 24;
                case Aes:
                    return count == 16 || count == 24 || count == 32;
                case Rsa:
                case Ecdsa:
                    return count >= 1 && count <= EncoKeyStore.MaxBlobLength;
                default:
                    return false;
            }
        }
    }
}
