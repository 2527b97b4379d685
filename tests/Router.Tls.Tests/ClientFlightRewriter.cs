using System;

namespace Router.Tls.Tests
{
    /// <summary>
    /// A man in the middle that knows the server handshake traffic secret (from the client's key log): it opens
    /// the protected records of a server flight and seals them again, with one byte changed, so the client's
    /// parsers and checks see hostile plaintext under valid record protection.
    /// </summary>
    internal sealed class ClientFlightRewriter
    {
        private const int MaxRecords = 16;

        private readonly byte[] _flight;
        private readonly int _suite;
        private readonly byte[] _secret;
        private readonly int[] _starts = new int[MaxRecords];
        private readonly int[] _lengths = new int[MaxRecords];
        private readonly byte[][] _inner = new byte[MaxRecords][];
        private int _records;

        public ClientFlightRewriter(byte[] flight, int suite, byte[] serverHandshakeSecret)
        {
            _flight = flight;
            _suite = suite;
            _secret = serverHandshakeSecret;
            KeySchedule schedule = new KeySchedule();
            schedule.Start(CipherSuite.Hash(suite));
            RecordCipher open = new RecordCipher();
            open.Install(schedule, suite, serverHandshakeSecret);
            int at = 0;
            while (at + 5 <= flight.Length && _records < MaxRecords)
            {
                int length = (flight[at + 3] << 8) | flight[at + 4];
                _starts[_records] = at;
                _lengths[_records] = 5 + length;
                if (flight[at] == ContentType.ApplicationData)
                {
                    byte[] record = TestServer.Slice(flight, at, 5 + length);
                    int inner = open.Open(record, 0);
                    _inner[_records] = TestServer.Slice(record, 5, inner);
                }

                _records++;
                at += 5 + length;
            }
        }

        public int Records
        {
            get { return _records; }
        }

        /// <summary>The inner plaintext (content and type octet) of protected record <paramref name="index"/>, or null.</summary>
        public byte[] Inner(int index)
        {
            return _inner[index];
        }

        /// <summary>The flight with byte <paramref name="offset"/> of record <paramref name="index"/>'s inner plaintext XORed with <paramref name="mask"/>.</summary>
        public byte[] Flip(int index, int offset, int mask)
        {
            byte[] changed = TestServer.Slice(_inner[index], 0, _inner[index].Length);
            changed[offset] = (byte)(changed[offset] ^ mask);
            return Replace(index, changed);
        }

        /// <summary>The flight with record <paramref name="index"/>'s inner plaintext replaced by <paramref name="inner"/>.</summary>
        public byte[] Replace(int index, byte[] inner)
        {
            KeySchedule schedule = new KeySchedule();
            schedule.Start(CipherSuite.Hash(_suite));
            RecordCipher seal = new RecordCipher();
            seal.Install(schedule, _suite, _secret);
            byte[] output = new byte[0];
            for (int i = 0; i < _records; i++)
            {
                if (_inner[i] == null)
                {
                    output = ClientTestPair.Append(output, TestServer.Slice(_flight, _starts[i], _lengths[i]), _lengths[i]);
                    continue;
                }

                byte[] content = i == index ? inner : _inner[i];
                byte[] record = new byte[5 + content.Length + 16];
                Array.Copy(content, 0, record, 5, content.Length);
                int length = seal.Seal(record, 0, content.Length);
                output = ClientTestPair.Append(output, record, length);
            }

            return output;
        }
    }
}
