using System;
using Router.Core;
using Router.Enco;

namespace Router.Tls.Client
{
    /// <summary>
    /// The client handshake after the hellos (RFC 8446 A.1), one method per expected message:
    /// {EncryptedExtensions} -> [{CertificateRequest}] -> {Certificate} -> {CertificateVerify} -> {Finished} ->
    /// client [{Certificate}] {Finished} -> connected; NewSessionTicket and KeyUpdate afterwards.
    /// </summary>
    public sealed partial class TlsClientEngine
    {
        private const int MaxHash = 48;

        /// <summary>Handshake reassembly after the handshake: NewSessionTicket and KeyUpdate only.</summary>
        private const int PostHandshakeBuffer = 4096;

        /// <summary>Largest SubjectPublicKeyInfo kept for CertificateVerify (RSA-4096 is about 550 bytes).</summary>
        private const int MaxPeerKey = 1024;

        /// <summary>Longest ticket lifetime a server may announce: 7 days (4.6.1).</summary>
        private const long MaxTicketLifetime = 604800;

        /// <summary>64 spaces, the context string and a zero byte that precede the transcript hash in CertificateVerify (4.4.3).</summary>
        private static readonly byte[] ServerVerifyPrefix = CertificateVerifyContent.ServerPrefix;

        /// <summary>Handshake reassembly: config.MaxHandshakeMessage bytes during the handshake, a few KB after it.</summary>
        private byte[] _hs;
        private readonly KeySchedule _schedule = new KeySchedule();
        private readonly byte[] _transcriptContext = new byte[EncoHash.ContextSize];
        private readonly byte[] _forkContext = new byte[EncoHash.ContextSize];
        private readonly byte[] _signedContext = new byte[EncoHash.ContextSize];
        private readonly byte[] _hash = new byte[EncoHashAlgorithm.MaxDigestSize];
        private readonly byte[] _digest = new byte[EncoHashAlgorithm.MaxDigestSize];
        private readonly byte[] _clientHandshakeSecret = new byte[MaxHash];
        private readonly byte[] _serverHandshakeSecret = new byte[MaxHash];
        private readonly byte[] _clientTrafficSecret = new byte[MaxHash];
        private readonly byte[] _serverTrafficSecret = new byte[MaxHash];
        private readonly byte[] _nextSecret = new byte[MaxHash];
        private readonly byte[] _finishedKey = new byte[MaxHash];
        private readonly byte[] _expectedFinished = new byte[EncoHashAlgorithm.MaxDigestSize];
        private readonly byte[] _shared = new byte[MaxHash];
        private readonly byte[] _peerKey = new byte[MaxPeerKey];
        private readonly byte[] _resumptionSecret = new byte[MaxHash];
        private bool _hasResumptionSecret;
        private readonly TlsCertificateChain _chain = new TlsCertificateChain();
        private readonly CertificatePublicKey _spki = new CertificatePublicKey();
        private readonly ByteReader _message = new ByteReader();

        private EncoHash _transcript;
        private EncoHash _fork;
        private int _hsCount;
        private int _suite;
        private int _group;
        private bool _retried;
        private int _peerKeyLength;
        private int _peerKeyType;
        private int _peerScheme;
        private byte[] _requestContext;
        private bool _certificateRequested;
        private string _alpn;
        private int _ticketsReceived;
        private long _handshakeStart;
        private long _handshakeTime = -1;

        /// <summary>The negotiated <see cref="Router.Tls.CipherSuite"/>, 0 before ServerHello.</summary>
        public int CipherSuite
        {
            get { return _suite; }
        }

        /// <summary>The <see cref="NamedGroup"/> of the key exchange, 0 before ServerHello.</summary>
        public int Group
        {
            get { return _group; }
        }

        /// <summary>The ALPN protocol the server selected, or null.</summary>
        public string ApplicationProtocol
        {
            get { return _alpn; }
        }

        /// <summary>True when the server asked for another ClientHello (HelloRetryRequest).</summary>
        public bool NeededHelloRetry
        {
            get { return _retried; }
        }

        /// <summary>The scheme the server signed CertificateVerify with, 0 before it.</summary>
        public int PeerSignatureScheme
        {
            get { return _peerScheme; }
        }

        /// <summary>True when the server resumed the session of <see cref="TlsClientConfig.Session"/> (PSK with (EC)DHE).</summary>
        public bool Resumed
        {
            get { return _pskAccepted; }
        }

        /// <summary>True when the server sent a CertificateRequest (answered with an empty Certificate).</summary>
        public bool CertificateRequested
        {
            get { return _certificateRequested; }
        }

        /// <summary>NewSessionTicket messages accepted after the handshake (not used for resumption yet).</summary>
        public int SessionTicketsReceived
        {
            get { return _ticketsReceived; }
        }

        /// <summary>Milliseconds from <see cref="Start"/> to the verified server Finished, -1 before.</summary>
        public long HandshakeTimeMs
        {
            get { return _handshakeTime; }
        }

        /// <summary>
        /// Takes a record's handshake fragment and handles every complete message (4; messages may span records).
        /// The fragment goes in as far as there is room, so several messages in one record need no bigger buffer.
        /// </summary>
        private void GatherHandshake(int offset, int length)
        {
            while (length > 0 && _state != TlsClientState.Closed)
            {
                int n = _hs.Length - _hsCount;
                if (n == 0)
                {
                    Fail(AlertDescription.DecodeError);
                    return;
                }

                if (n > length)
                {
                    n = length;
                }

                Array.Copy(_in, offset, _hs, _hsCount, n);
                _hsCount += n;
                offset += n;
                length -= n;
                while (_state != TlsClientState.Closed && _hsCount >= 4)
                {
                    int bodyLength = (_hs[1] << 16) | (_hs[2] << 8) | _hs[3];
                    if (bodyLength > _hs.Length - 4)
                    {
                        Fail(AlertDescription.DecodeError);
                        return;
                    }

                    if (_hsCount < 4 + bodyLength)
                    {
                        break;
                    }

                    _counters.Increment(TlsCounter.InHSMessages);
                    bool changesKeys = HandleMessage(_hs[0], bodyLength);
                    int used = 4 + bodyLength;
                    if (_state == TlsClientState.Closed)
                    {
                        return;
                    }

                    Array.Copy(_hs, used, _hs, 0, _hsCount - used);
                    _hsCount -= used;
                    if (changesKeys && (_hsCount > 0 || length > 0))
                    {
                        // Handshake messages MUST NOT span key changes (5.1).
                        Fail(AlertDescription.UnexpectedMessage);
                        return;
                    }

                    if (_state == TlsClientState.Connected && _hsCount == 0 && _hs.Length > PostHandshakeBuffer)
                    {
                        // After the handshake only NewSessionTicket and KeyUpdate arrive: a smaller buffer will do.
                        Array.Clear(_hs, 0, _hs.Length);
                        _hs = new byte[PostHandshakeBuffer];
                    }
                }
            }
        }

        /// <summary>Dispatches one message on the state (A.1); returns true when the message changes the read keys.</summary>
        private bool HandleMessage(int type, int bodyLength)
        {
            switch (_state)
            {
                case TlsClientState.ExpectServerHello:
                case TlsClientState.ExpectSecondServerHello:
                    if (type != HandshakeType.ServerHello)
                    {
                        return Unexpected();
                    }

                    return HandleServerHello(bodyLength);
                case TlsClientState.ExpectEncryptedExtensions:
                    if (type != HandshakeType.EncryptedExtensions)
                    {
                        return Unexpected();
                    }

                    Decoded(HandleEncryptedExtensions(bodyLength), bodyLength);
                    return false;
                case TlsClientState.ExpectCertificateOrRequest:
                case TlsClientState.ExpectCertificate:
                    if (type == HandshakeType.CertificateRequest && _state == TlsClientState.ExpectCertificateOrRequest)
                    {
                        Decoded(HandleCertificateRequest(bodyLength), bodyLength);
                        return false;
                    }

                    if (type != HandshakeType.Certificate)
                    {
                        _counters.Increment(TlsCounter.ClientMissingMessageFail);
                        return Unexpected();
                    }

                    Decoded(HandleCertificate(bodyLength), bodyLength);
                    return false;
                case TlsClientState.ExpectCertificateVerify:
                    if (type != HandshakeType.CertificateVerify)
                    {
                        _counters.Increment(TlsCounter.ClientMissingMessageFail);
                        return Unexpected();
                    }

                    Decoded(HandleCertificateVerify(bodyLength), bodyLength);
                    return false;
                case TlsClientState.ExpectFinished:
                    if (type != HandshakeType.Finished)
                    {
                        return Unexpected();
                    }

                    HandleServerFinished(bodyLength);
                    return true;
                case TlsClientState.Tls12ExpectCertificate:
                case TlsClientState.Tls12ExpectServerKeyExchange:
                case TlsClientState.Tls12ExpectHelloDone:
                case TlsClientState.Tls12ExpectChangeCipherSpec:
                case TlsClientState.Tls12ExpectFinished:
                    HandleTls12Message(type, bodyLength);
                    return false;
                case TlsClientState.Connected:
                    if (_isTls12)
                    {
                        HandleTls12PostHandshake(type, bodyLength);
                        return false;
                    }

                    if (type == HandshakeType.NewSessionTicket)
                    {
                        Decoded(HandleNewSessionTicket(bodyLength), bodyLength);
                        return false;
                    }

                    if (type != HandshakeType.KeyUpdate)
                    {
                        return Unexpected();
                    }

                    HandleKeyUpdate(bodyLength);
                    return true;
                default:
                    return Unexpected();
            }
        }

        private bool Unexpected()
        {
            Fail(AlertDescription.UnexpectedMessage);
            return false;
        }

        /// <summary>
        /// Runs a message handler's answer: an alert fails the handshake; a message that read past its body or
        /// did not end where it should is decode_error; else the message joins the transcript (4.4.1).
        /// </summary>
        private void Decoded(int alert, int bodyLength)
        {
            if (alert != AlertDescription.None)
            {
                Fail(alert);
                return;
            }

            if (_state != TlsClientState.Connected && _transcript != null)
            {
                _transcript.Update(_hs, 0, 4 + bodyLength);
            }
        }

        /// <summary>EncryptedExtensions (4.3.1): only answers to what the hello offered; the ALPN choice must be one we offered.</summary>
        private int HandleEncryptedExtensions(int bodyLength)
        {
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                int extensionsLength = m.ReadUInt16();
                if (extensionsLength != m.Remaining)
                {
                    return AlertDescription.DecodeError;
                }

                int seen = 0;
                while (!m.IsAtEnd)
                {
                    int type = m.ReadUInt16();
                    int length = m.ReadUInt16();
                    int at = m.Skip(length);
                    int bit;
                    if (type == ExtensionType.ServerName && _config.ServerName != null && !IsAddressLiteral(_config.ServerName))
                    {
                        // The server used the name: its extension_data is empty (RFC 6066 3).
                        if (length != 0)
                        {
                            return AlertDescription.DecodeError;
                        }

                        bit = 1;
                    }
                    else if (type == ExtensionType.SupportedGroups)
                    {
                        // The server's preference, for the next connection (4.2.7): nothing to act on.
                        bit = 2;
                    }
                    else if (type == ExtensionType.Alpn && _config.AlpnBytes() > 0)
                    {
                        int alert = ReadAlpn(at, length);
                        if (alert != AlertDescription.None)
                        {
                            return alert;
                        }

                        bit = 4;
                    }
                    else
                    {
                        // Not requested (4.2): early_data, max_fragment_length, record_size_limit, ... or a
                        // ServerHello extension in the wrong message.
                        return type == ExtensionType.KeyShare || type == ExtensionType.SupportedVersions || type == ExtensionType.PreSharedKey
                            ? AlertDescription.IllegalParameter : AlertDescription.UnsupportedExtension;
                    }

                    if ((seen & bit) != 0)
                    {
                        return AlertDescription.IllegalParameter;
                    }

                    seen |= bit;
                }
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            // A resumed handshake is authenticated by the PSK: no Certificate or CertificateVerify (2.2).
            _state = _pskAccepted ? TlsClientState.ExpectFinished : TlsClientState.ExpectCertificateOrRequest;
            return AlertDescription.None;
        }

        /// <summary>ALPN response (RFC 7301 3.1): a ProtocolNameList of exactly one name that the client offered.</summary>
        private int ReadAlpn(int at, int length)
        {
            if (length < 3)
            {
                return AlertDescription.DecodeError;
            }

            int listLength = (_hs[at] << 8) | _hs[at + 1];
            int nameLength = _hs[at + 2];
            if (listLength != length - 2 || nameLength == 0 || nameLength != listLength - 1)
            {
                return AlertDescription.DecodeError;
            }

            string[] offered = _config.ApplicationProtocols;
            for (int i = 0; i < offered.Length; i++)
            {
                string name = offered[i];
                if (name.Length != nameLength)
                {
                    continue;
                }

                int k = 0;
                while (k < nameLength && _hs[at + 3 + k] == (byte)name[k])
                {
                    k++;
                }

                if (k == nameLength)
                {
                    _alpn = name;
                    return AlertDescription.None;
                }
            }

            return AlertDescription.IllegalParameter;
        }

        /// <summary>
        /// CertificateRequest (4.3.2): this client has no certificate, so it will answer with an empty Certificate
        /// carrying the request's context (4.4.2.4); the server decides whether that is enough.
        /// </summary>
        private int HandleCertificateRequest(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInCertRequest);
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                int contextLength = m.ReadUInt8();
                int contextAt = m.Skip(contextLength);
                int extensionsLength = m.ReadUInt16();
                if (extensionsLength != m.Remaining)
                {
                    return AlertDescription.DecodeError;
                }

                bool signatureAlgorithms = false;
                while (!m.IsAtEnd)
                {
                    int type = m.ReadUInt16();
                    int length = m.ReadUInt16();
                    m.Skip(length);
                    signatureAlgorithms |= type == ExtensionType.SignatureAlgorithms;
                }

                if (!signatureAlgorithms)
                {
                    return AlertDescription.MissingExtension;
                }

                _requestContext = new byte[contextLength];
                Array.Copy(_hs, contextAt, _requestContext, 0, contextLength);
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            _certificateRequested = true;
            _state = TlsClientState.ExpectCertificate;
            return AlertDescription.None;
        }

        /// <summary>
        /// Certificate (4.4.2): an empty request context and at least one certificate (4.4.2.4: none is decode_error).
        /// The leaf's public key is kept for CertificateVerify; the chain goes to the verifier, whose refusal is the alert.
        /// </summary>
        private int HandleCertificate(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInCert);
            _chain.Reset(_hs);
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                if (m.ReadUInt8() != 0)
                {
                    return AlertDescription.IllegalParameter;
                }

                int listLength = m.ReadUInt24();
                if (listLength != m.Remaining)
                {
                    return AlertDescription.DecodeError;
                }

                while (!m.IsAtEnd)
                {
                    int certificateLength = m.ReadUInt24();
                    int at = m.Skip(certificateLength);
                    int extensionsLength = m.ReadUInt16();
                    m.Skip(extensionsLength);
                    if (certificateLength == 0)
                    {
                        return AlertDescription.DecodeError;
                    }

                    if (!_chain.Add(at, certificateLength))
                    {
                        return AlertDescription.BadCertificate;
                    }
                }
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            return AcceptChain(TlsClientState.ExpectCertificateVerify);
        }

        /// <summary>
        /// The server's chain, gathered in <see cref="_chain"/>: at least one certificate, the leaf's public key kept
        /// for the signature to come, the verifier's decision; on success the state becomes <paramref name="nextState"/>.
        /// </summary>
        private int AcceptChain(int nextState)
        {
            if (_chain.Count == 0)
            {
                _counters.Increment(TlsCounter.ClientMissingMessageFail);
                return AlertDescription.DecodeError;
            }

            if (!_spki.Find(_hs, _chain.Offset(0), _chain.Length(0)))
            {
                return AlertDescription.BadCertificate;
            }

            if (_spki.KeyType == 0 || _spki.Length > _peerKey.Length)
            {
                return AlertUnsupportedCertificate;
            }

            Array.Copy(_hs, _spki.Offset, _peerKey, 0, _spki.Length);
            _peerKeyLength = _spki.Length;
            _peerKeyType = _spki.KeyType;

            int verdict = VerifyChain();
            _chain.Release();
            if (verdict != AlertDescription.None)
            {
                _counters.Increment(TlsCounter.CertNotTrusted);
                return verdict;
            }

            _state = nextState;
            return AlertDescription.None;
        }

        private const int AlertUnsupportedCertificate = 43;
        private const int AlertCertificateUnknown = 46;

        /// <summary>The verifier's decision; a verifier that throws or answers nonsense refuses (certificate_unknown).</summary>
        private int VerifyChain()
        {
            return CertificateVerdict.Ask(_config.Verifier, _chain, _config.ServerName);
        }

        /// <summary>
        /// CertificateVerify (4.4.3): a scheme we offered that fits the leaf's key, and a signature over 64 spaces ||
        /// "TLS 1.3, server CertificateVerify" || 0 || Transcript-Hash(ClientHello..Certificate); a bad one is decrypt_error.
        /// </summary>
        private int HandleCertificateVerify(int bodyLength)
        {
            int scheme;
            int signatureAt;
            int signatureLength;
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                scheme = m.ReadUInt16();
                signatureLength = m.ReadUInt16();
                signatureAt = m.Skip(signatureLength);
                if (!m.IsAtEnd)
                {
                    return AlertDescription.DecodeError;
                }
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            int hash = ServerSignatureScheme.VerifyHash(scheme, _peerKeyType);
            if (hash == 0)
            {
                return AlertDescription.IllegalParameter;
            }

            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            EncoHash signed = new EncoHash(hash, _signedContext, 0);
            signed.Update(ServerVerifyPrefix, 0, ServerVerifyPrefix.Length);
            signed.Update(_hash, 0, hashSize);
            signed.Finish(_digest, 0);
            signed.Dispose();
            int digestSize = EncoHashAlgorithm.DigestSize(hash);
            bool valid;
            try
            {
                valid = _peerKeyType == EncoKeyType.Rsa
                    ? Rsa.Verify(_peerKey, 0, _peerKeyLength, EncoKeyFormat.PublicSpki, Rsa.Pss, hash, _digest, 0, digestSize, _hs, signatureAt, signatureLength)
                    : Ecdsa.Verify(_peerKeyType, _peerKey, 0, _peerKeyLength, EncoKeyFormat.PublicSpki, _digest, 0, digestSize, Ecdsa.Der, _hs, signatureAt, signatureLength);
            }
            catch (EncoException)
            {
                valid = false;
            }

            if (!valid)
            {
                return AlertDescription.DecryptError;
            }

            _peerScheme = scheme;
            _state = TlsClientState.ExpectFinished;
            return AlertDescription.None;
        }

        /// <summary>
        /// The server's Finished (4.4.4), compared in constant time; then the application secrets (7.1) from
        /// ClientHello..server Finished, and the client's second flight.
        /// </summary>
        private void HandleServerFinished(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInFinished);
            int hashSize = _schedule.HashSize;
            if (bodyLength != hashSize)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            SnapshotTranscript();
            _schedule.ExpandLabel(_serverHandshakeSecret, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            Hmac.Compute(_schedule.HashAlgorithm, _finishedKey, 0, hashSize, _hash, 0, hashSize, _expectedFinished, 0);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            if (!FixedTimeCompare.Equal(_hs, 4, _expectedFinished, 0, hashSize))
            {
                _counters.Increment(TlsCounter.ClientHsHashFailTls);
                Fail(AlertDescription.DecryptError);
                return;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            SnapshotTranscript();
            _schedule.EnterMaster();
            _schedule.DeriveSecret(KeySchedule.LabelClientApplication, _hash, 0, _clientTrafficSecret, 0);
            _schedule.DeriveSecret(KeySchedule.LabelServerApplication, _hash, 0, _serverTrafficSecret, 0);
            LogSecret("CLIENT_TRAFFIC_SECRET_0", _clientTrafficSecret, hashSize);
            LogSecret("SERVER_TRAFFIC_SECRET_0", _serverTrafficSecret, hashSize);
            _readCipher.Install(_schedule, _suite, _serverTrafficSecret);
            SendClientFlight(hashSize);
        }

        /// <summary>
        /// The client's second flight under the client handshake keys: [change_cipher_spec], an empty Certificate
        /// when one was requested, Finished = HMAC(finished_key, Transcript-Hash(..server Finished [, Certificate]));
        /// then the application keys both ways.
        /// </summary>
        private void SendClientFlight(int hashSize)
        {
            CompactOutput();
            SendCompatibilityChangeCipherSpec();
            if (_certificateRequested)
            {
                OpenRecord();
                int certificate = BeginMessage(HandshakeType.Certificate);
                Put8(_requestContext.Length);
                PutBytes(_requestContext, 0, _requestContext.Length);
                Put24(0);
                EndMessage(certificate);
                CloseProtectedRecord(ContentType.Handshake);
                _counters.Increment(TlsCounter.ClientOutCert);
                _counters.Increment(TlsCounter.ClientNoCert);
            }

            SnapshotTranscript();
            _schedule.ExpandLabel(_clientHandshakeSecret, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            OpenRecord();
            int message = BeginMessage(HandshakeType.Finished);
            Hmac.Compute(_schedule.HashAlgorithm, _finishedKey, 0, hashSize, _hash, 0, hashSize, _out, _w);
            _w += hashSize;
            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.ClientOutFinished);
            _writeCipher.Install(_schedule, _suite, _clientTrafficSecret);
            if (_config.Session != null)
            {
                // resumption_master_secret = Derive-Secret(Master Secret, "res master", ClientHello..client Finished) (7.1).
                SnapshotTranscript();
                _schedule.DeriveSecret(KeySchedule.LabelResumptionMaster, _hash, 0, _resumptionSecret, 0);
                _hasResumptionSecret = true;
            }

            WipeHandshakeSecrets();
            _state = TlsClientState.Connected;
            _handshakeTime = _now - _handshakeStart;
            _events |= TlsEvent.HandshakeComplete;
            _counters.Increment(TlsCounter.HandshakeOK);
        }

        /// <summary>
        /// NewSessionTicket (4.6.1): checked and counted; with a <see cref="TlsClientConfig.Session"/>, the ticket and
        /// its PSK = HKDF-Expand-Label(resumption_master_secret, "resumption", ticket_nonce, Hash.length) go there.
        /// </summary>
        private int HandleNewSessionTicket(int bodyLength)
        {
            long lifetime;
            uint ageAdd;
            int nonceLength;
            int nonceAt;
            int ticketLength;
            int ticketAt;
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                lifetime = m.ReadUInt32();
                ageAdd = m.ReadUInt32();
                nonceLength = m.ReadUInt8();
                nonceAt = m.Skip(nonceLength);
                ticketLength = m.ReadUInt16();
                ticketAt = m.Skip(ticketLength);
                int extensionsLength = m.ReadUInt16();
                m.Skip(extensionsLength);
                if (!m.IsAtEnd || ticketLength == 0)
                {
                    return AlertDescription.DecodeError;
                }

                if (lifetime > MaxTicketLifetime)
                {
                    return AlertDescription.IllegalParameter;
                }
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            _ticketsReceived++;
            TlsClientSession session = _config.Session;
            if (session != null && _hasResumptionSecret)
            {
                int hashSize = _schedule.HashSize;
                _schedule.ExpandLabel(_resumptionSecret, KeySchedule.LabelResumption, _hs, nonceAt, nonceLength, _nextSecret, 0, hashSize);
                session.Store(_config.ServerName, _suite, _nextSecret, hashSize, _hs, ticketAt, ticketLength, lifetime, ageAdd, _now);
                Array.Clear(_nextSecret, 0, _nextSecret.Length);
            }

            return AlertDescription.None;
        }

        /// <summary>
        /// KeyUpdate (4.6.3): the server's next application traffic secret (7.2); when it asks, the client answers
        /// with its own KeyUpdate and moves its sending keys too.
        /// </summary>
        private void HandleKeyUpdate(int bodyLength)
        {
            if (bodyLength != 1 || _hs[4] > 1)
            {
                Fail(bodyLength != 1 ? AlertDescription.DecodeError : AlertDescription.IllegalParameter);
                return;
            }

            _counters.Increment(TlsCounter.KeyUpdate);
            NextTrafficSecret(_serverTrafficSecret);
            _readCipher.Install(_schedule, _suite, _serverTrafficSecret);
            if (_hs[4] == 1)
            {
                CompactOutput();
                if (_out.Length - _outEnd < ProtectedOverhead + 5)
                {
                    Fail(AlertDescription.InternalError);
                    return;
                }

                OpenRecord();
                Put8(HandshakeType.KeyUpdate);
                Put24(1);
                Put8(0);
                CloseProtectedRecord(ContentType.Handshake);
                NextTrafficSecret(_clientTrafficSecret);
                _writeCipher.Install(_schedule, _suite, _clientTrafficSecret);
            }
        }

        /// <summary>application_traffic_secret_N+1 = HKDF-Expand-Label(application_traffic_secret_N, "traffic upd", "", Hash.length) (7.2).</summary>
        private void NextTrafficSecret(byte[] secret)
        {
            int hashSize = _schedule.HashSize;
            _schedule.ExpandLabel(secret, KeySchedule.LabelTrafficUpdate, null, 0, 0, _nextSecret, 0, hashSize);
            Array.Copy(_nextSecret, 0, secret, 0, hashSize);
            Array.Clear(_nextSecret, 0, _nextSecret.Length);
        }

        private void StartTranscript()
        {
            int hash = Router.Tls.CipherSuite.Hash(_suite);
            _transcript = new EncoHash(hash, _transcriptContext, 0);
            _fork = new EncoHash(hash, _forkContext, 0);
            _schedule.Start(hash);
        }

        /// <summary>Transcript-Hash of the messages so far (4.4.1), into <see cref="_hash"/>; the transcript continues.</summary>
        private void SnapshotTranscript()
        {
            _transcript.CopyTo(_fork);
            _fork.Finish(_hash, 0);
        }

        /// <summary>
        /// Wipes the handshake's secrets and keys (the application traffic secrets stay for KeyUpdate). The key
        /// schedule keeps the suite's hash, which KeyUpdate needs, but not its secret.
        /// </summary>
        private void WipeHandshakeSecrets()
        {
            Array.Clear(_clientHandshakeSecret, 0, _clientHandshakeSecret.Length);
            Array.Clear(_serverHandshakeSecret, 0, _serverHandshakeSecret.Length);
            Array.Clear(_expectedFinished, 0, _expectedFinished.Length);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            Array.Clear(_shared, 0, _shared.Length);
            Array.Clear(_hash, 0, _hash.Length);
            Array.Clear(_digest, 0, _digest.Length);
            Array.Clear(_hs, 0, _hs.Length);
            Array.Clear(_psk, 0, _psk.Length);
            Array.Clear(_masterSecret, 0, _masterSecret.Length);
            Array.Clear(_keyBlock, 0, _keyBlock.Length);
            _firstHello = null;
            _schedule.Clear();
            _derivation.Clear();
            DisposeShares();
            _chain.Release();
            if (_transcript != null)
            {
                _transcript.Dispose();
                _transcript = null;
            }

            if (_fork != null)
            {
                _fork.Dispose();
                _fork = null;
            }
        }

        /// <summary>Hands a secret to the configured key log (NSS key log format); a failing writer does not fail the handshake.</summary>
        private void LogSecret(string label, byte[] secret, int length)
        {
            KeyLogWriting.Write(_config.KeyLog, label, _random, secret, length);
        }
    }
}
