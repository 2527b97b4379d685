using Router.Core;

namespace Router.Pki.Database
{
    /// <summary>
    /// The layout of one database record in storage (all integers big-endian):
    /// <code>
    /// [0..4)   magic "PKR1" (format version 1)
    /// [4]      kind: 1 = certificate, 2 = CRL
    /// [5]      flags: bit 0 = trusted
    /// [6..8)   entry ID
    /// [8]      name length n, 1..32
    /// [9..9+n) name, ASCII
    /// [9+n..)  the DER of the certificate or CRL
    /// </code>
    /// No private key is ever part of a record: keys stay in the ENCO key store.
    /// </summary>
    public sealed class StoredRecord
    {
        public const int KindCertificate = 1;
        public const int KindCrl = 2;
        public const int MaxNameLength = 32;

        private const int HeaderSize = 9;
        private const int FlagTrusted = 0x01;

        public int Kind;
        public int Id;
        public bool Trusted;
        public string Name;
        public byte[] Der;

        public static byte[] Encode(int kind, int id, bool trusted, string name, byte[] der)
        {
            int nameLength = name.Length;
            byte[] record = new byte[HeaderSize + nameLength + der.Length];
            record[0] = (byte)'P';
            record[1] = (byte)'K';
            record[2] = (byte)'R';
            record[3] = (byte)'1';
            record[4] = (byte)kind;
            record[5] = (byte)(trusted ? FlagTrusted : 0);
            BigEndian.WriteUInt16(record, 6, id);
            record[8] = (byte)nameLength;
            for (int i = 0; i < nameLength; i++)
            {
                record[HeaderSize + i] = (byte)name[i];
            }

            System.Array.Copy(der, 0, record, HeaderSize + nameLength, der.Length);
            return record;
        }

        /// <summary>Decodes a record read back from storage; throws MalformedInputException for anything else.</summary>
        public static StoredRecord Decode(byte[] data)
        {
            if (data == null || data.Length < HeaderSize || data[0] != 'P' || data[1] != 'K' || data[2] != 'R' || data[3] != '1')
            {
                throw new MalformedInputException("not a PKI database record");
            }

            StoredRecord record = new StoredRecord();
            record.Kind = data[4];
            if (record.Kind != KindCertificate && record.Kind != KindCrl)
            {
                throw new MalformedInputException("PKI record kind");
            }

            record.Trusted = (data[5] & FlagTrusted) != 0;
            record.Id = BigEndian.ReadUInt16(data, 6);
            int nameLength = data[8];
            if (nameLength < 1 || nameLength > MaxNameLength || data.Length - HeaderSize < nameLength)
            {
                throw new MalformedInputException("PKI record name");
            }

            char[] name = new char[nameLength];
            for (int i = 0; i < nameLength; i++)
            {
                int c = data[HeaderSize + i];
                if (c <= ' ' || c > '~')
                {
                    throw new MalformedInputException("PKI record name character");
                }

                name[i] = (char)c;
            }

            record.Name = new string(name);
            int derOffset = HeaderSize + nameLength;
            record.Der = new byte[data.Length - derOffset];
            System.Array.Copy(data, derOffset, record.Der, 0, record.Der.Length);
            return record;
        }
    }
}
