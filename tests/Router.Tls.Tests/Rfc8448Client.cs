using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The client side of RFC 8448 section 3, enough to finish a handshake with the engine: it sends the RFC's
    /// ClientHello, so the (EC)DHE secret is the RFC's, reads the server's flight with the handshake keys, answers
    /// with Finished, and then seals and opens application data. A test tool, built on the engine's own
    /// <see cref="KeySchedule"/> and <see cref="RecordCipher"/>, whose outputs the RFC tests pin down.
    /// </summary>
    internal sealed class Rfc8448Client
    {
        private readonly KeySchedule _schedule = new KeySchedule();
        private readonly EncoHash _transcript = new EncoHash(EncoHashAlgorithm.Sha256);
        private readonly RecordCipher _read = new RecordCipher();
        private readonly RecordCipher _write = new RecordCipher();
        private readonly byte[] _clientHandshake = new byte[48];
        private readonly byte[] _serverHandshake = new byte[48];
        private readonly byte[] _finishedHash = new byte[32];
        private readonly byte[] _secret = new byte[48];

        /// <summary>Messages of the server's flight, by handshake type, as the client saw them.</summary>
        public int ServerMessages;
        public byte[] EncryptedExtensions;
        public bool ServerFinishedVerified;

        public byte[] Hello()
        {
            _transcript.Update(Hex.Decode(Rfc8448.ClientHello), 0, Hex.Decode(Rfc8448.ClientHello).Length);
            return Rfc8448.ClientHelloRecord();
        }

        /// <summary>Reads ServerHello and the protected flight; true when it ended with a verified server Finished.</summary>
        /// <summary>Where the server's flight ended in the last <see cref="ReadServerFlight"/> (after its Finished record).</summary>
        public int FlightEnd;

        public bool ReadServerFlight(byte[] flight)
        {
            int at = 0;
            _schedule.Start(EncoHashAlgorithm.Sha256);
            while (at + 5 <= flight.Length)
            {
                int type = flight[at];
                int length = (flight[at + 3] << 8) | flight[at + 4];
                if (type == ContentType.Handshake)
                {
                    _transcript.Update(flight, at + 5, length);
                    byte[] shared = Hex.Decode(Rfc8448.SharedSecret);
                    _schedule.EnterHandshake(shared, 0, shared.Length);
                    byte[] hash = Snapshot();
                    _schedule.DeriveSecret(KeySchedule.LabelClientHandshake, hash, 0, _clientHandshake, 0);
                    _schedule.DeriveSecret(KeySchedule.LabelServerHandshake, hash, 0, _serverHandshake, 0);
                    _read.Install(_schedule, CipherSuite.Aes128GcmSha256, _serverHandshake);
                    _write.Install(_schedule, CipherSuite.Aes128GcmSha256, _clientHandshake);
                }
                else if (type == ContentType.ApplicationData)
                {
                    int inner = _read.Open(flight, at);
                    if (inner < 0)
                    {
                        return false;
                    }

                    int messageType = flight[at + 5];
                    ServerMessages++;
                    if (messageType == HandshakeType.EncryptedExtensions)
                    {
                        EncryptedExtensions = TestServer.Slice(flight, at + 5, inner - 1);
                    }

                    if (messageType == HandshakeType.Finished)
                    {
                        byte[] expected = FinishedMac(_serverHandshake, Snapshot());
                        ServerFinishedVerified = Equal(expected, 0, flight, at + 9, 32);
                    }

                    _transcript.Update(flight, at + 5, inner - 1);
                    if (messageType == HandshakeType.Finished)
                    {
                        // What follows is under the application keys: a NewSessionTicket sent with the flight (4.6.1).
                        FlightEnd = at + 5 + length;
                        break;
                    }
                }

                at += 5 + length;
            }

            byte[] finished = Snapshot();
            Array.Copy(finished, 0, _finishedHash, 0, 32);
            return ServerFinishedVerified;
        }

        /// <summary>The client's Finished record; <paramref name="corrupt"/> flips a bit of verify_data.</summary>
        public byte[] Finished(bool corrupt)
        {
            byte[] record = new byte[5 + 4 + 32 + 1 + 16];
            byte[] verify = FinishedMac(_clientHandshake, _finishedHash);
            record[5] = HandshakeType.Finished;
            record[8] = 32;
            Array.Copy(verify, 0, record, 9, 32);
            if (corrupt)
            {
                record[9] ^= 1;
            }

            record[41] = ContentType.Handshake;
            _write.Seal(record, 0, 37);

            _schedule.EnterMaster();
            _schedule.DeriveSecret(KeySchedule.LabelClientApplication, _finishedHash, 0, _secret, 0);
            _write.Install(_schedule, CipherSuite.Aes128GcmSha256, _secret);
            _schedule.DeriveSecret(KeySchedule.LabelServerApplication, _finishedHash, 0, _secret, 0);
            _read.Install(_schedule, CipherSuite.Aes128GcmSha256, _secret);
            return record;
        }

        /// <summary>A protected record of <paramref name="innerType"/> around the content, with <paramref name="padding"/> zeros.</summary>
        public byte[] Seal(int innerType, byte[] content, int padding)
        {
            byte[] record = new byte[5 + content.Length + 1 + padding + 16];
            Array.Copy(content, 0, record, 5, content.Length);
            record[5 + content.Length] = (byte)innerType;
            _write.Seal(record, 0, content.Length + 1 + padding);
            return record;
        }

        /// <summary>Opens one protected record of the server in place; returns its inner length (type included) or -1.</summary>
        public int Open(byte[] record, int offset)
        {
            return _read.Open(record, offset);
        }

        private byte[] Snapshot()
        {
            EncoHash fork = new EncoHash(EncoHashAlgorithm.Sha256);
            _transcript.CopyTo(fork);
            byte[] hash = new byte[32];
            fork.Finish(hash, 0);
            fork.Dispose();
            return hash;
        }

        private byte[] FinishedMac(byte[] trafficSecret, byte[] hash)
        {
            byte[] key = new byte[32];
            _schedule.ExpandLabel(trafficSecret, KeySchedule.LabelFinished, null, 0, 0, key, 0, 32);
            byte[] mac = new byte[32];
            Hmac.Compute(EncoHashAlgorithm.Sha256, key, 0, 32, hash, 0, 32, mac, 0);
            return mac;
        }

        private static bool Equal(byte[] a, int aOffset, byte[] b, int bOffset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (a[aOffset + i] != b[bOffset + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
