using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>
    /// A TLS 1.2 client for tests (RFC 5246 7.3, RFC 8422, RFC 7627), enough to run full and abbreviated handshakes
    /// against the engine in memory: it sends a <see cref="HelloBuilder.Tls12"/> hello, reads the server's flight,
    /// checks the ServerKeyExchange signature with the server's public key, answers with ClientKeyExchange (x25519
    /// from RFC 8448's client key, or a fresh P-256/P-384 key), ChangeCipherSpec and Finished, checks the server's
    /// Finished, then seals and opens application data. Built on ENCO's PRF, hashes and signatures and the
    /// engine's <see cref="RecordCipher"/>; the master secret is derived here, independently of the engine.
    /// </summary>
    internal sealed class Tls12Client
    {
        /// <summary>RFC 8448's client x25519 private key (its public key is <see cref="HelloBuilder.Rfc8448ClientShare"/>).</summary>
        public const string Rfc8448ClientPrivateKey = "49af42ba7f7994852d713ef2784bcbcaa7911de26adc5642cb634540e7ea5005";

        public readonly HelloBuilder Hello = HelloBuilder.Tls12();
        public readonly RecordCipher Read = new RecordCipher();
        public readonly RecordCipher Write = new RecordCipher();

        public int Suite;
        public int Group;
        public int Scheme;
        public bool ServerExtendedMasterSecret;
        public bool ServerRenegotiationInfo;
        public bool ServerPointFormats;
        public string ServerAlpn;
        public byte[] SessionId = new byte[0];
        public readonly byte[] ServerRandom = new byte[32];
        public readonly byte[] MasterSecret = new byte[48];
        public bool SignatureVerified;
        public bool ServerFinishedVerified;
        public bool Abbreviated;
        public int ServerMessages;

        /// <summary>Send a Finished with a wrong verify_data (under the right keys).</summary>
        public bool SpoilFinished;

        /// <summary>Client authentication (RFC 5246 7.4.4): the server asked; the chain (empty: none), key and scheme to answer with.</summary>
        public bool CertificateRequested;
        public byte[][] ClientChain = new byte[0][];
        public EncoKey ClientKey;
        public int ClientScheme;

        /// <summary>Flip a bit of the CertificateVerify signature.</summary>
        public bool SpoilCertificateVerify;

        private readonly byte[] _clientRandom = new byte[32];
        private byte[] _transcript = new byte[0];
        private byte[] _serverPoint;
        private byte[] _keyBlock;
        private readonly EncoKey _serverKey;

        /// <param name="serverKey">The engine's key (the public half checks the ServerKeyExchange signature).</param>
        public Tls12Client(EncoKey serverKey)
        {
            _serverKey = serverKey;
            for (int i = 0; i < 32; i++)
            {
                _clientRandom[i] = (byte)(0x40 + i);
            }

            Hello.Random = _clientRandom;
        }

        public byte[] ClientHello()
        {
            byte[] record = Hello.Record();
            Append(record, 5, record.Length - 5);
            return record;
        }

        /// <summary>
        /// Reads the server's first flight: a full one (ServerHello .. ServerHelloDone) or an abbreviated one
        /// (ServerHello, ChangeCipherSpec, Finished, which needs <see cref="Resume"/>'s master secret).
        /// </summary>
        public bool ReadServerFlight(byte[] flight)
        {
            int at = 0;
            bool done = false;
            while (at + 5 <= flight.Length)
            {
                int type = flight[at];
                int length = (flight[at + 3] << 8) | flight[at + 4];
                if (type == ContentType.Handshake && !Read.IsActive)
                {
                    int m = at + 5;
                    while (m < at + 5 + length)
                    {
                        int messageType = flight[m];
                        int bodyLength = (flight[m + 1] << 16) | (flight[m + 2] << 8) | flight[m + 3];
                        if (!HandleMessage(messageType, flight, m + 4, bodyLength))
                        {
                            return false;
                        }

                        ServerMessages++;
                        if (messageType == HandshakeType.ServerHelloDone)
                        {
                            done = true;
                        }

                        Append(flight, m, 4 + bodyLength);
                        m += 4 + bodyLength;
                    }
                }
                else if (type == ContentType.ChangeCipherSpec)
                {
                    Abbreviated = !Write.IsActive;
                    DeriveKeys();
                    Read.InstallTls12(Suite, _keyBlock, KeySize, 2 * KeySize + IvSize);
                }
                else if (type == ContentType.Handshake)
                {
                    done = ReadFinished(flight, at);
                }

                at += 5 + length;
            }

            return done;
        }

        /// <summary>Pretends to resume: the session ID and master secret of an earlier connection.</summary>
        public void Resume(byte[] sessionId, byte[] masterSecret)
        {
            Hello.SessionId = sessionId;
            Hello.SessionIdLength = sessionId.Length;
            Array.Copy(masterSecret, 0, MasterSecret, 0, 48);
        }

        /// <summary>ClientKeyExchange, ChangeCipherSpec and the encrypted Finished, as one write.</summary>
        public byte[] KeyExchangeAndFinished()
        {
            EncoKey ephemeral = Group == NamedGroup.X25519
                ? EncoKey.Import(EncoKeyType.X25519, 0, EncoKeyFormat.PrivateRaw, Hex.Decode(Rfc8448ClientPrivateKey), 0, 32)
                : EncoKey.Generate(NamedGroup.KeyType(Group), 0);
            byte[] point = new byte[97];
            int pointLength = ephemeral.ExportPublic(EncoKeyFormat.PublicRaw, point, 0);
            byte[] shared = new byte[48];
            int sharedLength = KeyAgreement.Agree(ephemeral, EncoKeyFormat.PublicRaw, _serverPoint, 0, _serverPoint.Length, shared, 0);
            ephemeral.Dispose();

            byte[] certificateRecord = CertificateRecord();
            byte[] keyExchange = new byte[4 + 1 + pointLength];
            keyExchange[0] = HandshakeType.ClientKeyExchange;
            keyExchange[3] = (byte)(1 + pointLength);
            keyExchange[4] = (byte)pointLength;
            Array.Copy(point, 0, keyExchange, 5, pointLength);
            Append(keyExchange, 0, keyExchange.Length);

            int hash = CipherSuite.Hash(Suite);
            if (ServerExtendedMasterSecret)
            {
                byte[] sessionHash = TranscriptHash();
                Tls12Prf.Derive(hash, shared, 0, sharedLength, Hex.Ascii("extended master secret"), 0, 22, sessionHash, 0, sessionHash.Length, MasterSecret, 0, 48);
            }
            else
            {
                byte[] seed = new byte[64];
                Array.Copy(_clientRandom, 0, seed, 0, 32);
                Array.Copy(ServerRandom, 0, seed, 32, 32);
                Tls12Prf.Derive(hash, shared, 0, sharedLength, Hex.Ascii("master secret"), 0, 13, seed, 0, 64, MasterSecret, 0, 48);
            }

            byte[] verifyRecord = CertificateVerifyRecord();
            DeriveKeys();
            byte[] output = new byte[256];
            int w = Record(output, 0, ContentType.Handshake, keyExchange);
            byte[] keyExchangeRecord = Concat(output, w, verifyRecord);
            return Concat(certificateRecord, certificateRecord.Length, Concat(keyExchangeRecord, keyExchangeRecord.Length, ChangeCipherSpecAndFinished()));
        }

        /// <summary>The client's Certificate (7.4.6) when asked, in the transcript; empty when not asked.</summary>
        private byte[] CertificateRecord()
        {
            if (!CertificateRequested)
            {
                return new byte[0];
            }

            int listLength = 0;
            for (int i = 0; i < ClientChain.Length; i++)
            {
                listLength += 3 + ClientChain[i].Length;
            }

            byte[] message = new byte[4 + 3 + listLength];
            message[0] = HandshakeType.Certificate;
            PutLength24(message, 1, 3 + listLength);
            PutLength24(message, 4, listLength);
            int at = 7;
            for (int i = 0; i < ClientChain.Length; i++)
            {
                PutLength24(message, at, ClientChain[i].Length);
                Array.Copy(ClientChain[i], 0, message, at + 3, ClientChain[i].Length);
                at += 3 + ClientChain[i].Length;
            }

            Append(message, 0, message.Length);
            byte[] output = new byte[message.Length + 5];
            int w = Record(output, 0, ContentType.Handshake, message);
            return TestServer.Slice(output, 0, w);
        }

        /// <summary>CertificateVerify (7.4.8) over the handshake messages so far, when a certificate was sent.</summary>
        private byte[] CertificateVerifyRecord()
        {
            if (!CertificateRequested || ClientKey == null || ClientChain.Length == 0)
            {
                return new byte[0];
            }

            int hash = SignatureScheme.Hash(ClientScheme);
            if (ClientScheme == 0x0501 || ClientScheme == 0x0503 || ClientScheme == 0x0805)
            {
                hash = EncoHashAlgorithm.Sha384;
            }

            byte[] digest = new byte[EncoHashAlgorithm.MaxDigestSize];
            EncoHash.Hash(hash, _transcript, 0, _transcript.Length, digest, 0);
            int digestSize = EncoHashAlgorithm.DigestSize(hash);
            byte[] signature = new byte[1024];
            int length = ClientKey.Type == EncoKeyType.Rsa
                ? Rsa.Sign(ClientKey, ClientScheme == 0x0804 || ClientScheme == 0x0805 ? Rsa.Pss : Rsa.Pkcs1V15, hash, digest, 0, digestSize, signature, 0)
                : Ecdsa.Sign(ClientKey, hash, digest, 0, digestSize, Ecdsa.Der, signature, 0);
            if (SpoilCertificateVerify)
            {
                signature[length / 2] ^= 1;
            }

            byte[] message = new byte[8 + length];
            message[0] = HandshakeType.CertificateVerify;
            PutLength24(message, 1, 4 + length);
            message[4] = (byte)(ClientScheme >> 8);
            message[5] = (byte)ClientScheme;
            message[6] = (byte)(length >> 8);
            message[7] = (byte)length;
            Array.Copy(signature, 0, message, 8, length);
            Append(message, 0, message.Length);
            byte[] output = new byte[message.Length + 5];
            int w = Record(output, 0, ContentType.Handshake, message);
            return TestServer.Slice(output, 0, w);
        }

        private static void PutLength24(byte[] b, int at, int value)
        {
            b[at] = (byte)(value >> 16);
            b[at + 1] = (byte)(value >> 8);
            b[at + 2] = (byte)value;
        }

        /// <summary>The client's ChangeCipherSpec and Finished (after an abbreviated server flight, or within <see cref="KeyExchangeAndFinished"/>).</summary>
        public byte[] ChangeCipherSpecAndFinished()
        {
            byte[] finished = FinishedMessage("client finished");
            Append(finished, 0, finished.Length);
            if (SpoilFinished)
            {
                finished[4] ^= 1;
            }

            Write.InstallTls12(Suite, _keyBlock, 0, 2 * KeySize);
            byte[] output = new byte[128];
            int w = Record(output, 0, ContentType.ChangeCipherSpec, new byte[] { 1 });
            w += Seal(output, w, ContentType.Handshake, finished, finished.Length);
            return TestServer.Slice(output, 0, w);
        }

        /// <summary>Reads the server's ChangeCipherSpec and Finished; true when the Finished verified.</summary>
        public bool ReadServerFinished(byte[] flight)
        {
            return ReadServerFlight(flight) && ServerFinishedVerified;
        }

        /// <summary>A protected record of <paramref name="type"/> carrying <paramref name="payload"/>.</summary>
        public byte[] SealRecord(int type, byte[] payload)
        {
            byte[] record = new byte[payload.Length + 5 + 8 + 16];
            int n = Seal(record, 0, type, payload, payload.Length);
            return TestServer.Slice(record, 0, n);
        }

        /// <summary>Opens the protected record at <paramref name="offset"/>; returns its plaintext, or null.</summary>
        public byte[] OpenRecord(byte[] data, int offset)
        {
            int n = Read.OpenTls12(data, offset);
            return n < 0 ? null : TestServer.Slice(data, offset + 5 + Read.Tls12Prefix, n);
        }

        private int KeySize
        {
            get { return CipherSuite.KeySize(Suite); }
        }

        private int IvSize
        {
            get { return RecordCipher.Tls12IvSize(Suite); }
        }

        private bool HandleMessage(int type, byte[] b, int at, int length)
        {
            switch (type)
            {
                case HandshakeType.ServerHello:
                    return ReadServerHello(b, at, length);
                case HandshakeType.Certificate:
                    return true;
                case HandshakeType.ServerKeyExchange:
                    return ReadServerKeyExchange(b, at, length);
                case HandshakeType.ServerHelloDone:
                    return length == 0;
                case HandshakeType.CertificateRequest:
                    CertificateRequested = true;
                    return true;
                default:
                    return false;
            }
        }

        private bool ReadServerHello(byte[] b, int at, int length)
        {
            int end = at + length;
            if (b[at] != 3 || b[at + 1] != 3)
            {
                return false;
            }

            Array.Copy(b, at + 2, ServerRandom, 0, 32);
            int p = at + 34;
            SessionId = TestServer.Slice(b, p + 1, b[p]);
            p += 1 + b[p];
            Suite = (b[p] << 8) | b[p + 1];
            p += 3;
            if (p < end)
            {
                int extensionsEnd = p + 2 + ((b[p] << 8) | b[p + 1]);
                p += 2;
                while (p < extensionsEnd)
                {
                    int type = (b[p] << 8) | b[p + 1];
                    int extensionLength = (b[p + 2] << 8) | b[p + 3];
                    if (type == ExtensionType.ExtendedMasterSecret)
                    {
                        ServerExtendedMasterSecret = true;
                    }
                    else if (type == ExtensionType.RenegotiationInfo)
                    {
                        ServerRenegotiationInfo = extensionLength == 1 && b[p + 4] == 0;
                    }
                    else if (type == ExtensionType.EcPointFormats)
                    {
                        ServerPointFormats = true;
                    }
                    else if (type == ExtensionType.Alpn)
                    {
                        ServerAlpn = new string(Chars(b, p + 7, b[p + 6]));
                    }

                    p += 4 + extensionLength;
                }
            }

            return p == end;
        }

        private bool ReadServerKeyExchange(byte[] b, int at, int length)
        {
            if (b[at] != 3)
            {
                return false;
            }

            Group = (b[at + 1] << 8) | b[at + 2];
            int pointLength = b[at + 3];
            _serverPoint = TestServer.Slice(b, at + 4, pointLength);
            int paramsLength = 4 + pointLength;
            int p = at + paramsLength;
            Scheme = (b[p] << 8) | b[p + 1];
            int signatureLength = (b[p + 2] << 8) | b[p + 3];
            if (p + 4 + signatureLength != at + length)
            {
                return false;
            }

            int hash = SignatureScheme.Hash(Scheme);
            EncoHash signed = new EncoHash(hash);
            signed.Update(_clientRandom, 0, 32);
            signed.Update(ServerRandom, 0, 32);
            signed.Update(b, at, paramsLength);
            byte[] digest = new byte[EncoHashAlgorithm.DigestSize(hash)];
            signed.Finish(digest, 0);
            signed.Dispose();
            byte[] publicKey = new byte[1024];
            int publicLength = _serverKey.ExportPublic(EncoKeyFormat.PublicRaw, publicKey, 0);
            if (SignatureScheme.IsEcdsa(Scheme))
            {
                SignatureVerified = Ecdsa.Verify(_serverKey.Type, publicKey, 0, publicLength, EncoKeyFormat.PublicRaw,
                    digest, 0, digest.Length, Ecdsa.Der, b, p + 4, signatureLength);
            }
            else
            {
                int padding = Scheme == SignatureScheme.RsaPkcs1Sha256 ? Rsa.Pkcs1V15 : Rsa.Pss;
                SignatureVerified = Rsa.Verify(publicKey, 0, publicLength, EncoKeyFormat.PublicRaw, padding, hash,
                    digest, 0, digest.Length, b, p + 4, signatureLength);
            }

            return true;
        }

        private bool ReadFinished(byte[] flight, int at)
        {
            byte[] plain = OpenRecord(flight, at);
            if (plain == null || plain.Length != 16 || plain[0] != HandshakeType.Finished)
            {
                return false;
            }

            byte[] expected = FinishedMessage("server finished");
            ServerFinishedVerified = Equal(expected, plain);
            Append(plain, 0, plain.Length);
            return true;
        }

        private byte[] FinishedMessage(string label)
        {
            byte[] message = new byte[16];
            message[0] = HandshakeType.Finished;
            message[3] = 12;
            byte[] hash = TranscriptHash();
            byte[] labelBytes = Hex.Ascii(label);
            Tls12Prf.Derive(CipherSuite.Hash(Suite), MasterSecret, 0, 48, labelBytes, 0, labelBytes.Length, hash, 0, hash.Length, message, 4, 12);
            return message;
        }

        private void DeriveKeys()
        {
            if (!Write.IsActive && !Read.IsActive)
            {
                byte[] seed = new byte[64];
                Array.Copy(ServerRandom, 0, seed, 0, 32);
                Array.Copy(_clientRandom, 0, seed, 32, 32);
                _keyBlock = new byte[2 * KeySize + 2 * IvSize];
                byte[] label = Hex.Ascii("key expansion");
                Tls12Prf.Derive(CipherSuite.Hash(Suite), MasterSecret, 0, 48, label, 0, label.Length, seed, 0, 64, _keyBlock, 0, _keyBlock.Length);
            }
        }

        private int Seal(byte[] output, int offset, int type, byte[] payload, int count)
        {
            Array.Copy(payload, 0, output, offset + 5 + Write.Tls12Prefix, count);
            return Write.SealTls12(output, offset, type, count);
        }

        private byte[] TranscriptHash()
        {
            int hash = CipherSuite.Hash(Suite);
            byte[] digest = new byte[EncoHashAlgorithm.DigestSize(hash)];
            EncoHash.Hash(hash, _transcript, 0, _transcript.Length, digest, 0);
            return digest;
        }

        private void Append(byte[] data, int offset, int count)
        {
            byte[] longer = new byte[_transcript.Length + count];
            Array.Copy(_transcript, 0, longer, 0, _transcript.Length);
            Array.Copy(data, offset, longer, _transcript.Length, count);
            _transcript = longer;
        }

        private static int Record(byte[] output, int offset, int type, byte[] content)
        {
            output[offset] = (byte)type;
            output[offset + 1] = 3;
            output[offset + 2] = 3;
            output[offset + 3] = (byte)(content.Length >> 8);
            output[offset + 4] = (byte)content.Length;
            Array.Copy(content, 0, output, offset + 5, content.Length);
            return 5 + content.Length;
        }

        private static byte[] Concat(byte[] first, int firstCount, byte[] second)
        {
            byte[] all = new byte[firstCount + second.Length];
            Array.Copy(first, 0, all, 0, firstCount);
            Array.Copy(second, 0, all, firstCount, second.Length);
            return all;
        }

        private static char[] Chars(byte[] b, int offset, int count)
        {
            char[] chars = new char[count];
            for (int i = 0; i < count; i++)
            {
                chars[i] = (char)b[offset + i];
            }

            return chars;
        }

        private static bool Equal(byte[] a, byte[] b)
        {
            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}
