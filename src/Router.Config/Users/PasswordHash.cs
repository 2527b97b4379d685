using System;
using System.Text;
using Router.Core;
using Router.Enco;

namespace Router.Config.Users
{
    /// <summary>
    /// A stored password: PBKDF2-HMAC-SHA256 (on the ENCO engine) of the password with a random
    /// 16-byte salt, and the iteration count it was made with, so that raising the default only
    /// affects new passwords. The password itself is never kept. Text form, as a configuration
    /// script carries it: <c>pbkdf2-sha256:10000:&lt;salt, 32 hex digits&gt;:&lt;key, 64 hex digits&gt;</c>.
    /// Stored and typed hashes are hostile input: their iteration count must lie in
    /// <see cref="MinIterations"/>..<see cref="MaxIterations"/>, so a forged one can neither be weak
    /// nor stall the device in one long native call.
    /// </summary>
    public sealed class PasswordHash
    {
        public const string Scheme = "pbkdf2-sha256";
        public const int SaltSize = 16;
        public const int KeySize = 32;

        /// <summary>Bytes of the binary form: iterations (4, big-endian), salt, key.</summary>
        public const int EncodedSize = 4 + SaltSize + KeySize;

        /// <summary>NIST SP 800-132 asks for at least 1 000.</summary>
        public const int MinIterations = 1000;

        /// <summary>About 6 s per login on an ESP32 (see Router.Enco's Pbkdf2).</summary>
        public const int MaxIterations = 200000;

        /// <summary>Longest text form (iterations up to six digits).</summary>
        public const int MaxTextLength = 13 + 1 + 6 + 1 + 2 * SaltSize + 1 + 2 * KeySize;

        private readonly int _iterations;
        private readonly byte[] _salt;
        private readonly byte[] _key;

        private PasswordHash(int iterations, byte[] salt, byte[] key)
        {
            _iterations = iterations;
            _salt = salt;
            _key = key;
        }

        public int Iterations
        {
            get { return _iterations; }
        }

        /// <summary>Hashes the first <paramref name="length"/> characters of <paramref name="password"/> with a fresh salt.</summary>
        public static PasswordHash Create(char[] password, int length, int iterations)
        {
            if (iterations < MinIterations || iterations > MaxIterations)
            {
                throw new ArgumentOutOfRangeException("iterations");
            }

            byte[] salt = new byte[SaltSize];
            EncoRandom.Fill(salt, 0, SaltSize);
            byte[] key = new byte[KeySize];
            Derive(password, length, salt, iterations, key);
            return new PasswordHash(iterations, salt, key);
        }

        /// <summary>True when the password hashes to this key; compared in fixed time.</summary>
        public bool Verify(char[] password, int length)
        {
            byte[] candidate = new byte[KeySize];
            Derive(password, length, _salt, _iterations, candidate);
            bool equal = FixedTimeComparison.AreEqual(_key, 0, candidate, 0, KeySize);
            Array.Clear(candidate, 0, KeySize);
            return equal;
        }

        /// <summary>The same stored hash (salt, count and key), as when a script adds a user the flash already holds.</summary>
        public bool SameAs(PasswordHash other)
        {
            return other != null && other._iterations == _iterations
                && FixedTimeComparison.AreEqual(_salt, 0, other._salt, 0, SaltSize)
                && FixedTimeComparison.AreEqual(_key, 0, other._key, 0, KeySize);
        }

        public string ToText()
        {
            StringBuilder text = new StringBuilder(MaxTextLength);
            text.Append(Scheme);
            text.Append(':');
            text.Append(_iterations);
            text.Append(':');
            HexText.Append(text, _salt, 0, SaltSize);
            text.Append(':');
            HexText.Append(text, _key, 0, KeySize);
            return text.ToString();
        }

        /// <summary>The hash in <paramref name="text"/>, or null when it is not one this router makes.</summary>
        public static PasswordHash Parse(string text)
        {
            if (text == null || text.Length > MaxTextLength || !text.StartsWith(Scheme + ":"))
            {
                return null;
            }

            int countStart = Scheme.Length + 1;
            int countEnd = text.IndexOf(':', countStart);
            if (countEnd < 0 || countEnd - countStart < 1 || countEnd - countStart > 6)
            {
                return null;
            }

            int iterations = 0;
            for (int i = countStart; i < countEnd; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return null;
                }

                iterations = iterations * 10 + (c - '0');
            }

            int saltStart = countEnd + 1;
            int keyStart = saltStart + 2 * SaltSize + 1;
            if (text.Length != keyStart + 2 * KeySize || text[keyStart - 1] != ':')
            {
                return null;
            }

            byte[] salt = new byte[SaltSize];
            byte[] key = new byte[KeySize];
            if (!HexText.TryDecode(text, saltStart, salt, SaltSize) || !HexText.TryDecode(text, keyStart, key, KeySize))
            {
                return null;
            }

            return Checked(iterations, salt, key);
        }

        /// <summary>Writes the binary form (<see cref="EncodedSize"/> bytes) at <paramref name="offset"/>.</summary>
        public void WriteTo(byte[] buffer, int offset)
        {
            BigEndian.WriteUInt32(buffer, offset, (uint)_iterations);
            Array.Copy(_salt, 0, buffer, offset + 4, SaltSize);
            Array.Copy(_key, 0, buffer, offset + 4 + SaltSize, KeySize);
        }

        /// <summary>Reads the binary form; null when its iteration count is out of bounds.</summary>
        public static PasswordHash ReadFrom(ByteReader reader)
        {
            uint iterations = reader.ReadUInt32();
            byte[] salt = new byte[SaltSize];
            byte[] key = new byte[KeySize];
            reader.ReadBytes(salt, 0, SaltSize);
            reader.ReadBytes(key, 0, KeySize);
            return iterations > MaxIterations ? null : Checked((int)iterations, salt, key);
        }

        private static PasswordHash Checked(int iterations, byte[] salt, byte[] key)
        {
            return iterations < MinIterations || iterations > MaxIterations ? null : new PasswordHash(iterations, salt, key);
        }

        /// <summary>PBKDF2 over the password's UTF-8 bytes, which are wiped afterwards.</summary>
        private static void Derive(char[] password, int length, byte[] salt, int iterations, byte[] key)
        {
            byte[] bytes = new byte[3 * length];
            int count = Utf8(password, length, bytes);
            try
            {
                Pbkdf2.DeriveKey(EncoHashAlgorithm.Sha256, bytes, 0, count, salt, 0, SaltSize, iterations, key, 0, KeySize);
            }
            finally
            {
                Array.Clear(bytes, 0, bytes.Length);
            }
        }

        private static int Utf8(char[] chars, int length, byte[] bytes)
        {
            int n = 0;
            for (int i = 0; i < length; i++)
            {
                int c = chars[i];
                if (c < 0x80)
                {
                    bytes[n++] = (byte)c;
                }
                else if (c < 0x800)
                {
                    bytes[n++] = (byte)(0xC0 | (c >> 6));
                    bytes[n++] = (byte)(0x80 | (c & 0x3F));
                }
                else
                {
                    bytes[n++] = (byte)(0xE0 | (c >> 12));
                    bytes[n++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[n++] = (byte)(0x80 | (c & 0x3F));
                }
            }

            return n;
        }
    }
}
