using System;
using Router.Core;

namespace Router.Enco.Keys
{
    /// <summary>
    /// One ENCO key as a file of the flash store, named "enco.key.N" (N the key number in
    /// decimal). One file per key, so that saving a key writes only that key and the largest
    /// file is one RSA key blob. Layout, big-endian:
    /// <code>
    ///  0  4  magic "EKY1" (format version 1)
    ///  4  1  kind (EncoKeyKind)
    ///  5  1  description length d, 0..63
    ///  6  2  key number
    ///  8  4  size in bits
    /// 12  2  material length m
    /// 14  d  description, ASCII ' '..'~'
    /// 14+d m material: the secret, or the private key's ENCO key blob
    /// </code>
    /// The flash store guards the file with CRCs, so this format only has to be checked, not
    /// protected: <see cref="Parse"/> trusts nothing in it.
    /// </summary>
    internal static class EncoKeyFile
    {
        public const string NamePrefix = "enco.key.";

        private const uint Magic = 0x454B5931; // "EKY1"
        private const int HeaderSize = 14;

        /// <summary>The largest key file: the longest description and the largest private key blob.</summary>
        public const int MaxSize = HeaderSize + EncoKeyStore.MaxDescriptionLength + EncoKeyStore.MaxBlobLength;

        public static string FileName(int id)
        {
            return NamePrefix + id.ToString();
        }

        /// <summary>The key number a key file name carries, or -1 when the name is not a key file's.</summary>
        public static int IdFromFileName(string name)
        {
            if (name == null || !name.StartsWith(NamePrefix) || name.Length == NamePrefix.Length
                || name.Length > NamePrefix.Length + 5)
            {
                return -1;
            }

            int id = 0;
            for (int i = NamePrefix.Length; i < name.Length; i++)
            {
                char c = name[i];
                if (c < '0' || c > '9')
                {
                    return -1;
                }

                id = id * 10 + (c - '0');
            }

            return id <= EncoKeyStore.MaxKeyId ? id : -1;
        }

        public static int SizeOf(EncoKeyEntry key)
        {
            return HeaderSize + key.Description.Length + key.MaterialLength;
        }

        /// <summary>Writes the key's file into <paramref name="buffer"/> (at least <see cref="SizeOf"/> bytes).</summary>
        public static void Write(EncoKeyEntry key, byte[] buffer)
        {
            string description = key.Description;
            BigEndian.WriteUInt32(buffer, 0, Magic);
            buffer[4] = (byte)key.Kind;
            buffer[5] = (byte)description.Length;
            BigEndian.WriteUInt16(buffer, 6, key.Id);
            BigEndian.WriteUInt32(buffer, 8, (uint)key.Bits);
            BigEndian.WriteUInt16(buffer, 12, key.MaterialLength);
            for (int i = 0; i < description.Length; i++)
            {
                buffer[HeaderSize + i] = (byte)description[i];
            }

            Array.Copy(key.Bytes, 0, buffer, HeaderSize + description.Length, key.MaterialLength);
        }

        /// <summary>
        /// The key in <paramref name="buffer"/>[0 .. <paramref name="count"/>), or null when it is
        /// not a sound key file for key <paramref name="expectedId"/>.
        /// </summary>
        public static EncoKeyEntry Parse(byte[] buffer, int count, int expectedId)
        {
            try
            {
                ByteReader reader = new ByteReader(buffer, 0, count);
                if (reader.ReadUInt32() != Magic)
                {
                    return null;
                }

                int kind = reader.ReadUInt8();
                int descriptionLength = reader.ReadUInt8();
                int id = reader.ReadUInt16();
                uint bits = reader.ReadUInt32();
                int materialLength = reader.ReadUInt16();
                if (id != expectedId || !EncoKeyKind.IsValid(kind) || descriptionLength > EncoKeyStore.MaxDescriptionLength
                    || bits > 65536 || !EncoKeyKind.IsMaterialLengthValid(kind, materialLength))
                {
                    return null;
                }

                int descriptionAt = reader.Skip(descriptionLength);
                int materialAt = reader.Skip(materialLength);
                if (!reader.IsAtEnd)
                {
                    return null;
                }

                char[] text = new char[descriptionLength];
                for (int i = 0; i < descriptionLength; i++)
                {
                    byte b = buffer[descriptionAt + i];
                    if (b < 0x20 || b > 0x7E)
                    {
                        return null;
                    }

                    text[i] = (char)b;
                }

                byte[] material = new byte[materialLength];
                Array.Copy(buffer, materialAt, material, 0, materialLength);
                return new EncoKeyEntry(id, kind, (int)bits, material, new string(text));
            }
            catch (MalformedInputException)
            {
                return null;
            }
        }
    }
}
