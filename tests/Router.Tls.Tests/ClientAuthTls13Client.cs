using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The client side of a TLS 1.3 handshake with client authentication (RFC 8446 4.3.2, 4.4.2, 4.4.3), built like
    /// <see cref="Rfc8448Client"/> (RFC 8448's ClientHello and shared secret, the engine's own KeySchedule and
    /// RecordCipher): reads the server flight and its CertificateRequest, then builds Certificate,
    /// CertificateVerify and Finished as plaintext handshake messages the test may spoil before
    /// <see cref="Protect"/> seals them under the client handshake keys.
    /// </summary>
    internal sealed class ClientAuthTls13Client
    {
        private readonly KeySchedule _schedule = new KeySchedule();
        private readonly EncoHash _transcript = new EncoHash(EncoHashAlgorithm.Sha256);
        private readonly RecordCipher _read = new RecordCipher();
        private readonly RecordCipher _write = new RecordCipher();
        private readonly byte[] _clientHandshake = new byte[48];
        private readonly byte[] _serverHandshake = new byte[48];
        private readonly byte[] _serverFinishedHash = new byte[32];
        private readonly byte[] _secret = new byte[48];

        public bool ServerFinishedVerified;
        public bool CertificateRequested;
        public int CertificateRequestContextLength = -1;

        /// <summary>The CertificateRequest as received (header included), or null.</summary>
        public byte[] CertificateRequestMessage;

        /// <summary>The signature_algorithms of the CertificateRequest, as listed.</summary>
        public int[] RequestedSchemes = new int[0];

        public byte[] Hello()
        {
            byte[] hello = Hex.Decode(Rfc8448.ClientHello);
            _transcript.Update(hello, 0, hello.Length);
            return Rfc8448.ClientHelloRecord();
        }

        /// <summary>Reads ServerHello and the protected flight; true when it ended with a verified server Finished.</summary>
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
                    if (messageType == HandshakeType.CertificateRequest)
                    {
                        ReadCertificateRequest(flight, at + 9);
                        CertificateRequestMessage = TestServer.Slice(flight, at + 5, inner - 1);
                    }

                    if (messageType == HandshakeType.Finished)
                    {
                        ServerFinishedVerified = Same(FinishedMac(_serverHandshake, Snapshot()), flight, at + 9);
                    }

                    _transcript.Update(flight, at + 5, inner - 1);
                }

                at += 5 + length;
            }

            Array.Copy(Snapshot(), 0, _serverFinishedHash, 0, 32);
            return ServerFinishedVerified;
        }

        /// <summary>Certificate (4.4.2): empty context, the chain (none for an empty list), no extensions.</summary>
        public static byte[] CertificateMessage(byte[][] chain)
        {
            int listLength = 0;
            for (int i = 0; i < chain.Length; i++)
            {
                listLength += 3 + chain[i].Length + 2;
            }

            byte[] message = new byte[4 + 1 + 3 + listLength];
            message[0] = HandshakeType.Certificate;
            Put24(message, 1, message.Length - 4);
            Put24(message, 5, listLength);
            int w = 8;
            for (int i = 0; i < chain.Length; i++)
            {
                Put24(message, w, chain[i].Length);
                Array.Copy(chain[i], 0, message, w + 3, chain[i].Length);
                w += 3 + chain[i].Length + 2;
            }

            return message;
        }

        /// <summary>CertificateVerify over the transcript so far (append the Certificate first), signed with <paramref name="key"/>.</summary>
        public byte[] CertificateVerifyMessage(EncoKey key, int scheme)
        {
            byte[] prefix = Prefix("TLS 1.3, client CertificateVerify");
            int hash = SignatureScheme.Hash(scheme);
            EncoHash signed = new EncoHash(hash);
            signed.Update(prefix, 0, prefix.Length);
            signed.Update(Snapshot(), 0, 32);
            byte[] digest = new byte[EncoHashAlgorithm.MaxDigestSize];
            signed.Finish(digest, 0);
            signed.Dispose();
            byte[] signature = new byte[1024];
            int digestSize = EncoHashAlgorithm.DigestSize(hash);
            int length = SignatureScheme.IsEcdsa(scheme)
                ? Ecdsa.Sign(key, hash, digest, 0, digestSize, Ecdsa.Der, signature, 0)
                : Rsa.Sign(key, Rsa.Pss, hash, digest, 0, digestSize, signature, 0);
            byte[] message = new byte[4 + 4 + length];
            message[0] = HandshakeType.CertificateVerify;
            Put24(message, 1, 4 + length);
            message[4] = (byte)(scheme >> 8);
            message[5] = (byte)scheme;
            message[6] = (byte)(length >> 8);
            message[7] = (byte)length;
            Array.Copy(signature, 0, message, 8, length);
            return message;
        }

        /// <summary>The client's Finished over the transcript so far; the application keys follow it.</summary>
        public byte[] FinishedMessage()
        {
            byte[] message = new byte[4 + 32];
            message[0] = HandshakeType.Finished;
            message[3] = 32;
            Array.Copy(FinishedMac(_clientHandshake, Snapshot()), 0, message, 4, 32);
            return message;
        }

        /// <summary>Adds a message the client sends to its transcript.</summary>
        public void Append(byte[] message)
        {
            _transcript.Update(message, 0, message.Length);
        }

        /// <summary>One protected handshake record around <paramref name="message"/>, under the client handshake keys.</summary>
        public byte[] Protect(byte[] message)
        {
            byte[] record = new byte[5 + message.Length + 1 + 16];
            Array.Copy(message, 0, record, 5, message.Length);
            record[5 + message.Length] = ContentType.Handshake;
            _write.Seal(record, 0, message.Length + 1);
            return record;
        }

        /// <summary>After the client's Finished: application traffic keys from the hash through the server's Finished (7.1).</summary>
        public void EnterApplicationKeys()
        {
            _schedule.EnterMaster();
            _schedule.DeriveSecret(KeySchedule.LabelClientApplication, _serverFinishedHash, 0, _secret, 0);
            _write.Install(_schedule, CipherSuite.Aes128GcmSha256, _secret);
            _schedule.DeriveSecret(KeySchedule.LabelServerApplication, _serverFinishedHash, 0, _secret, 0);
            _read.Install(_schedule, CipherSuite.Aes128GcmSha256, _secret);
        }

        /// <summary>A protected application data record.</summary>
        public byte[] SealApplicationData(byte[] content)
        {
            byte[] record = new byte[5 + content.Length + 1 + 16];
            Array.Copy(content, 0, record, 5, content.Length);
            record[5 + content.Length] = ContentType.ApplicationData;
            _write.Seal(record, 0, content.Length + 1);
            return record;
        }

        /// <summary>Opens one protected record of the server in place; returns its inner length (type included) or -1.</summary>
        public int Open(byte[] record, int offset)
        {
            return _read.Open(record, offset);
        }

        private void ReadCertificateRequest(byte[] b, int at)
        {
            CertificateRequested = true;
            CertificateRequestContextLength = b[at];
            int extensions = at + 1 + b[at] + 2;
            int extensionsEnd = extensions + ((b[at + 1 + b[at]] << 8) | b[at + 2 + b[at]]);
            while (extensions + 4 <= extensionsEnd)
            {
                int type = (b[extensions] << 8) | b[extensions + 1];
                int length = (b[extensions + 2] << 8) | b[extensions + 3];
                if (type == ExtensionType.SignatureAlgorithms)
                {
                    int count = ((b[extensions + 4] << 8) | b[extensions + 5]) / 2;
                    RequestedSchemes = new int[count];
                    for (int i = 0; i < count; i++)
                    {
                        RequestedSchemes[i] = (b[extensions + 6 + 2 * i] << 8) | b[extensions + 7 + 2 * i];
                    }
                }

                extensions += 4 + length;
            }
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

        private static byte[] Prefix(string context)
        {
            byte[] prefix = new byte[64 + context.Length + 1];
            for (int i = 0; i < 64; i++)
            {
                prefix[i] = 0x20;
            }

            for (int i = 0; i < context.Length; i++)
            {
                prefix[64 + i] = (byte)context[i];
            }

            return prefix;
        }

        private static void Put24(byte[] b, int at, int value)
        {
            b[at] = (byte)(value >> 16);
            b[at + 1] = (byte)(value >> 8);
            b[at + 2] = (byte)value;
        }

        private static bool Same(byte[] expected, byte[] b, int at)
        {
            for (int i = 0; i < expected.Length; i++)
            {
                if (expected[i] != b[at + i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
