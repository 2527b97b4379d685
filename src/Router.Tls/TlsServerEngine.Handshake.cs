using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// The server handshake (RFC 8446 section 4, A.2), one method per expected message:
    /// ClientHello -> [HelloRetryRequest -> ClientHello] -> ServerHello, {EncryptedExtensions}, {Certificate},
    /// {CertificateVerify}, {Finished} -> client {Finished} -> connected; KeyUpdate afterwards.
    /// </summary>
    public sealed partial class TlsServerEngine
    {
        private const int MaxHash = 48;
        private const int Tls12 = 0x0303;
        private const int PostHandshakeMessage = 16;

        /// <summary>Reassembly bytes before the first message's length is known; grows to config.MaxHandshakeMessage as needed.</summary>
        private const int InitialHandshakeBuffer = 512;

        /// <summary>64 spaces, the context string and a zero byte that precede the transcript hash in CertificateVerify (4.4.3).</summary>
        private static readonly byte[] ServerVerifyPrefix = CertificateVerifyContent.ServerPrefix;

        /// <summary>Handshake reassembly: config.MaxHandshakeMessage bytes during the handshake, a few bytes after it.</summary>
        private byte[] _hs;
        private readonly ClientHello _hello = new ClientHello();
        private readonly ClientHelloParser _parser = new ClientHelloParser();
        private readonly KeySchedule _schedule = new KeySchedule();
        private readonly byte[] _transcriptContext = new byte[EncoHash.ContextSize];
        private readonly byte[] _forkContext = new byte[EncoHash.ContextSize];
        private readonly byte[] _hash = new byte[EncoHashAlgorithm.MaxDigestSize];
        private readonly byte[] _clientHandshakeSecret = new byte[MaxHash];
        private readonly byte[] _serverHandshakeSecret = new byte[MaxHash];
        private readonly byte[] _clientTrafficSecret = new byte[MaxHash];
        private readonly byte[] _serverTrafficSecret = new byte[MaxHash];
        private readonly byte[] _nextSecret = new byte[MaxHash];
        private readonly byte[] _finishedKey = new byte[MaxHash];
        private readonly byte[] _expectedFinished = new byte[EncoHashAlgorithm.MaxDigestSize];
        private readonly byte[] _shared = new byte[MaxHash];
        private readonly byte[] _share = new byte[97];
        private readonly byte[] _serverRandom = new byte[32];
        private readonly byte[] _psk = new byte[MaxHash];
        private readonly byte[] _binderKey = new byte[EncoHashAlgorithm.MaxDigestSize];
        private readonly byte[] _ticket = new byte[TlsSessionCache.TicketSize];
        private readonly byte[] _ticketNonce = new byte[1];

        private readonly byte[] _firstRandom = new byte[32];
        private int _firstSuites;
        private int _firstGroups;
        private int _firstSchemes;
        private int _version;
        private int _scheme;

        private EncoHash _transcript;
        private EncoHash _fork;
        private int _hsCount;
        private int _suite;
        private int _group;
        private bool _retried;
        private bool _sentChangeCipherSpec;
        private bool _skippingEarlyData;
        private int _earlyDataSkipped;
        private long _handshakeStart;
        private long _handshakeTime = -1;
        private string _serverName;
        private bool _alpnHttp11;
        private bool _resumed;
        private bool _ticketSent;

        /// <summary>The negotiated version: 0x0304 (TLS 1.3), 0x0303 (TLS 1.2), 0 before the ClientHello was accepted.</summary>
        public int Version
        {
            get { return _version; }
        }

        /// <summary>The <see cref="SignatureScheme"/> the server signed with (CertificateVerify / ServerKeyExchange), 0 when none.</summary>
        public int SignatureSchemeUsed
        {
            get { return _scheme; }
        }

        /// <summary>The negotiated <see cref="CipherSuite"/>, 0 before ServerHello.</summary>
        public int CipherSuite
        {
            get { return _suite; }
        }

        /// <summary>The <see cref="NamedGroup"/> of the key exchange, 0 before ServerHello.</summary>
        public int Group
        {
            get { return _group; }
        }

        /// <summary>The host name the client asked for (SNI), or null.</summary>
        public string ServerName
        {
            get { return _serverName; }
        }

        /// <summary>"http/1.1" when ALPN selected it, else null.</summary>
        public string ApplicationProtocol
        {
            get { return _alpnHttp11 ? "http/1.1" : null; }
        }

        /// <summary>True when the handshake resumed a session: a ticket's PSK (TLS 1.3 psk_dhe_ke) or a TLS 1.2 session ID.</summary>
        public bool Resumed
        {
            get { return _resumed; }
        }

        /// <summary>True when the handshake needed a HelloRetryRequest.</summary>
        public bool NeededHelloRetry
        {
            get { return _retried; }
        }

        /// <summary>Milliseconds from the first ClientHello byte to the client's Finished, -1 before.</summary>
        public long HandshakeTimeMs
        {
            get { return _handshakeTime; }
        }

        /// <summary>Appends a handshake fragment and handles every complete message (4; messages may span records).</summary>
        private void GatherHandshake(int offset, int length)
        {
            int max = _config.MaxHandshakeMessage;
            if (_hsCount + length > max)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            GrowHandshakeBuffer(_hsCount + length);
            Array.Copy(_in, offset, _hs, _hsCount, length);
            _hsCount += length;
            while (_state != TlsState.Closed && _hsCount >= 4)
            {
                int bodyLength = (_hs[1] << 16) | (_hs[2] << 8) | _hs[3];
                if (bodyLength > max - 4)
                {
                    Fail(AlertDescription.DecodeError);
                    return;
                }

                if (_hsCount < 4 + bodyLength)
                {
                    return;
                }

                _counters.Increment(TlsCounter.InHSMessages);
                bool changesKeys = HandleMessage(_hs[0], bodyLength);
                int used = 4 + bodyLength;
                Array.Copy(_hs, used, _hs, 0, _hsCount - used);
                _hsCount -= used;
                if (changesKeys && _hsCount > 0 && _state != TlsState.Closed)
                {
                    if (_state == TlsState.ExpectChangeCipherSpec && _hs[0] == HandshakeType.Finished)
                    {
                        _counters.Increment(TlsCounter.FinishBeforeCCS);
                    }

                    // Handshake messages MUST NOT span key changes (5.1).
                    Fail(AlertDescription.UnexpectedMessage);
                }

                if (_state == TlsState.Connected && _hsCount == 0 && _hs.Length > PostHandshakeMessage)
                {
                    // After the handshake only KeyUpdate (5 bytes) may arrive: give the reassembly buffer back to the heap.
                    _hs = new byte[PostHandshakeMessage];
                }
            }
        }

        /// <summary>
        /// The reassembly buffer holds the messages in flight only: it grows (within config.MaxHandshakeMessage) to
        /// <paramref name="needed"/> bytes, at least doubling, during the handshake.
        /// </summary>
        private void GrowHandshakeBuffer(int needed)
        {
            if (needed <= _hs.Length)
            {
                return;
            }

            int size = 2 * _hs.Length > needed ? 2 * _hs.Length : needed;
            if (size > _config.MaxHandshakeMessage)
            {
                size = _config.MaxHandshakeMessage;
            }

            byte[] larger = new byte[size];
            Array.Copy(_hs, 0, larger, 0, _hsCount);
            Array.Clear(_hs, 0, _hs.Length);
            _hs = larger;
        }

        /// <summary>
        /// record_size_limit (RFC 8449 4): records this server protects carry at most the client's limit (less the
        /// inner content type in TLS 1.3); the server's own limit goes back when it is below 2^14 and the client sent one.
        /// </summary>
        private void ApplyRecordSizeLimit()
        {
            int limit = _hello.RecordSizeLimit;
            _sendLimit = MaxPlaintext;
            if (limit > 0)
            {
                int content = _version == Tls12 ? limit : limit - 1;
                _sendLimit = content < MaxPlaintext ? content : MaxPlaintext;
            }

            _recordLimitSent = limit > 0 && _inputLimit < MaxPlaintext;
        }

        /// <summary>Dispatches one message on the state (A.2); returns true when the message changes the read keys.</summary>
        private bool HandleMessage(int type, int bodyLength)
        {
            if (IsClientAuthState(_state))
            {
                return HandleClientAuthMessage(type, bodyLength);
            }

            switch (_state)
            {
                case TlsState.ExpectClientHello:
                case TlsState.ExpectSecondClientHello:
                    if (type != HandshakeType.ClientHello)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return false;
                    }

                    HandleClientHello(bodyLength);
                    return true;
                case TlsState.ExpectFinished:
                    if (type != HandshakeType.Finished)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return false;
                    }

                    HandleClientFinished(bodyLength);
                    return true;
                case TlsState.ExpectClientKeyExchange:
                    if (type != HandshakeType.ClientKeyExchange)
                    {
                        // No CertificateRequest was sent: a client Certificate is unexpected too (RFC 5246 7.4.6).
                        Fail(AlertDescription.UnexpectedMessage);
                        return false;
                    }

                    HandleClientKeyExchange(bodyLength);
                    return AfterClientKeyExchange();
                case TlsState.ExpectChangeCipherSpec:
                    if (type == HandshakeType.Finished)
                    {
                        _counters.Increment(TlsCounter.FinishBeforeCCS);
                    }

                    Fail(AlertDescription.UnexpectedMessage);
                    return false;
                case TlsState.ExpectFinished12:
                    if (type != HandshakeType.Finished)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return false;
                    }

                    HandleClientFinished12(bodyLength);
                    return true;
                case TlsState.Connected:
                    if (type != HandshakeType.KeyUpdate)
                    {
                        Fail(AlertDescription.UnexpectedMessage);
                        return false;
                    }

                    HandleKeyUpdate(bodyLength);
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>ClientHello (4.1.2): negotiate, then answer with a HelloRetryRequest or the server's flight.</summary>
        private void HandleClientHello(int bodyLength)
        {
            bool first = _state == TlsState.ExpectClientHello;
            _counters.Increment(TlsCounter.InClientHello);
            if (first)
            {
                _counters.Increment(TlsCounter.ServerStart);
                _counters.Increment(TlsCounter.Handshake);
            }

            int alert = _parser.Parse(_hs, 4, bodyLength, _hello);
            if (alert != AlertDescription.None)
            {
                if (_hello.SessionIdLength > 32)
                {
                    _counters.Increment(TlsCounter.BadSessionIdLen);
                }

                Fail(alert);
                return;
            }

            if (first)
            {
                _version = ChooseVersion();
                if (_version == 0)
                {
                    // SSL 3.0, TLS 1.0 and 1.1 are counted and refused, never negotiated (RFC 8996, 8446 D.2).
                    _counters.Increment(TlsCounter.SslVersion);
                    Fail(AlertDescription.ProtocolVersion);
                    return;
                }
            }

            if (!_config.IsUsable)
            {
                _counters.Increment(TlsCounter.NoCertLoaded);
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            ApplyRecordSizeLimit();
            if (_version == Tls12)
            {
                HandleClientHello12(bodyLength);
                return;
            }

            if (!first && !SameAsFirstHello())
            {
                // The second hello repeats the first but for key_share, early_data, cookie and the PSK (4.1.2).
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            int suite = SelectSuite();
            if (suite == 0)
            {
                _counters.Increment(TlsCounter.NoCipherMatch);
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            if (!first && suite != _suite)
            {
                // The second hello must allow the suite the HelloRetryRequest named (4.1.4).
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            if (!_hello.HasSignatureAlgorithms || !_hello.HasKeyShare || !_hello.HasSupportedGroups)
            {
                // A certificate-based TLS 1.3 hello carries these three; key_share and supported_groups go together (9.2).
                Fail(AlertDescription.MissingExtension);
                return;
            }

            if (_hello.Groups == 0)
            {
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            _scheme = SelectScheme13();
            if (_scheme == 0)
            {
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            if (_hello.HasAlpn && !_hello.OffersHttp11)
            {
                Fail(AlertDescription.NoApplicationProtocol);
                return;
            }

            int shareOffset;
            int shareLength;
            int group = first ? SelectShare(out shareOffset, out shareLength) : RetriedShare(out shareOffset, out shareLength);
            if (!first && (group != _group || _hello.OffersEarlyData))
            {
                // The retried hello must share (only) the group asked for, and cannot offer early data (4.1.2).
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            if (first)
            {
                _suite = suite;
                StartTranscript();
                RememberFirstHello();
            }

            _resumed = false;
            if (group != 0 && _config.SessionCache != null && ResumptionAllowed && _hello.HasPreSharedKey && _hello.OffersPskDheKe && !TryResume())
            {
                return;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            if (group == 0)
            {
                SendHelloRetryRequest(SelectGroup());
                return;
            }

            _group = group;
            _serverName = _hello.ServerName;
            _alpnHttp11 = _hello.HasAlpn;
            _skippingEarlyData = _hello.OffersEarlyData;
            SendServerFlight(shareOffset, shareLength);
        }

        /// <summary>
        /// Resumption with the first offered ticket (4.2.11): a cache hit for the negotiated suite gives the PSK; its
        /// binder must be HMAC(finished_key of binder_key, Transcript-Hash(Truncate(ClientHello))) (4.2.11.2).
        /// A miss means a full handshake; a wrong binder is decrypt_error. Returns false when it failed the handshake.
        /// </summary>
        private bool TryResume()
        {
            _counters.Increment(TlsCounter.ResumeRequest);
            int storedSuite;
            int pskLength = _config.SessionCache.Take(_hs, _hello.PskIdentityOffset, _hello.PskIdentityLength, _now, _psk, 0, out storedSuite);
            if (pskLength == 0 || storedSuite != _suite)
            {
                Array.Clear(_psk, 0, _psk.Length);
                return true;
            }

            int hashSize = _schedule.HashSize;
            _schedule.StartWithPsk(_schedule.HashAlgorithm, _psk, 0, pskLength);
            Array.Clear(_psk, 0, _psk.Length);
            _schedule.DeriveBinderKey(_binderKey, 0);
            _schedule.ExpandLabel(_binderKey, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            _transcript.CopyTo(_fork);
            _fork.Update(_hs, 0, _hello.PskBindersStart);
            _fork.Finish(_hash, 0);
            Hmac.Compute(_schedule.HashAlgorithm, _finishedKey, 0, hashSize, _hash, 0, hashSize, _binderKey, 0);
            bool valid = _hello.PskBinderLength == hashSize && FixedTimeCompare.Equal(_hs, _hello.PskBinderOffset, _binderKey, 0, hashSize);
            Array.Clear(_binderKey, 0, _binderKey.Length);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            if (!valid)
            {
                Fail(AlertDescription.DecryptError);
                return false;
            }

            _resumed = true;
            return true;
        }

        /// <summary>
        /// The version to speak (4.2.1, RFC 5246 E.1): TLS 1.3 when the client lists it and the server has a TLS 1.3
        /// suite enabled; else TLS 1.2 when the client lists it (supported_versions) or its legacy_version is at
        /// least 0x0303 (no supported_versions); else 0: SSL 3.0 to TLS 1.1 only.
        /// </summary>
        private int ChooseVersion()
        {
            if (_hello.OffersTls13 && _config.EnablesTls13)
            {
                return 0x0304;
            }

            bool offersTls12 = _hello.HasSupportedVersions ? _hello.OffersTls12 : _hello.LegacyVersion >= Tls12;
            if (offersTls12)
            {
                return Tls12;
            }

            return _hello.OffersTls13 ? 0x0304 : 0;
        }

        /// <summary>The first TLS 1.3 suite of the server's preference order that the client offered.</summary>
        private int SelectSuite()
        {
            int[] order = _config.SuiteOrder;
            for (int i = 0; i < order.Length; i++)
            {
                if (Router.Tls.CipherSuite.IsTls13(order[i]) && (_hello.Suites & Router.Tls.CipherSuite.Bit(order[i])) != 0)
                {
                    return order[i];
                }
            }

            return 0;
        }

        /// <summary>The CertificateVerify scheme (4.4.3): the key's ECDSA curve, or RSA-PSS with SHA-256 then SHA-384.</summary>
        private int SelectScheme13()
        {
            int signatures = _hello.SignatureSchemes;
            int keyScheme = _config.SignatureScheme;
            if (keyScheme == SignatureScheme.RsaPssRsaeSha256)
            {
                if ((signatures & ClientHello.SigRsaPss) != 0)
                {
                    return SignatureScheme.RsaPssRsaeSha256;
                }

                return (signatures & ClientHello.SigRsaPssSha384) != 0 ? SignatureScheme.RsaPssRsaeSha384 : 0;
            }

            return (signatures & SignatureScheme.Bit(keyScheme)) != 0 ? keyScheme : 0;
        }

        /// <summary>The first group of the server's order that the client supports (supported_groups), else 0.</summary>
        private int SelectGroup()
        {
            int[] order = NamedGroup.ServerPreference;
            for (int i = 0; i < order.Length; i++)
            {
                if ((_hello.Groups & NamedGroup.Bit(order[i])) != 0)
                {
                    return order[i];
                }
            }

            return 0;
        }

        /// <summary>The client's share of the first group of the server's order it sent one for; 0 when none (4.2.8).</summary>
        private int SelectShare(out int offset, out int length)
        {
            int[] order = NamedGroup.ServerPreference;
            for (int i = 0; i < order.Length; i++)
            {
                int at = _hello.ShareOffset(order[i]);
                if (at >= 0)
                {
                    offset = at;
                    length = _hello.ShareLength(order[i]);
                    return order[i];
                }
            }

            offset = 0;
            length = 0;
            return 0;
        }

        /// <summary>After a HelloRetryRequest: the share of the group it named, when it is the only one sent (4.1.2); else 0.</summary>
        private int RetriedShare(out int offset, out int length)
        {
            offset = _hello.ShareOffset(_group);
            length = _hello.ShareLength(_group);
            int shares = 0;
            int[] order = NamedGroup.ServerPreference;
            for (int i = 0; i < order.Length; i++)
            {
                if (_hello.ShareOffset(order[i]) >= 0)
                {
                    shares++;
                }
            }

            return offset >= 0 && shares == 1 ? _group : 0;
        }

        /// <summary>What the second ClientHello must repeat (4.1.2): random, suites, groups, signature schemes.</summary>
        private void RememberFirstHello()
        {
            Array.Copy(_hello.Random, 0, _firstRandom, 0, 32);
            _firstSuites = _hello.Suites;
            _firstGroups = _hello.Groups;
            _firstSchemes = _hello.SignatureSchemes;
            _serverName = _hello.ServerName;
            _alpnHttp11 = _hello.HasAlpn && _hello.OffersHttp11;
        }

        private bool SameAsFirstHello()
        {
            return FixedTimeCompare.Equal(_firstRandom, 0, _hello.Random, 0, 32) && _firstSuites == _hello.Suites && _firstGroups == _hello.Groups
                && _firstSchemes == _hello.SignatureSchemes && _alpnHttp11 == (_hello.HasAlpn && _hello.OffersHttp11)
                && _serverName == _hello.ServerName && _hello.OffersTls13;
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
        /// HelloRetryRequest (4.1.4): ClientHello1 is replaced in the transcript by message_hash (4.4.1), then the
        /// HelloRetryRequest asks for <paramref name="group"/>.
        /// </summary>
        private void SendHelloRetryRequest(int group)
        {
            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            _transcript.Reset();
            _shared[0] = HandshakeType.MessageHash;
            _shared[1] = 0;
            _shared[2] = 0;
            _shared[3] = (byte)hashSize;
            _transcript.Update(_shared, 0, 4);
            _transcript.Update(_hash, 0, hashSize);

            ReserveOutput(ControlOutput);
            OpenRecord();
            int message = BeginMessage(HandshakeType.ServerHello);
            Put16(Tls12);
            PutBytes(HelloRetryRandom.Value, 0, HelloRetryRandom.Value.Length);
            PutSessionIdEcho();
            Put16(_suite);
            Put8(0);
            Put16(6 + 6);
            Put16(ExtensionType.SupportedVersions);
            Put16(2);
            Put16(0x0304);
            Put16(ExtensionType.KeyShare);
            Put16(2);
            Put16(group);
            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutHelloRetryRequest);
            SendCompatibilityChangeCipherSpec();

            _group = group;
            _retried = true;
            _state = TlsState.ExpectSecondClientHello;
        }

        /// <summary>
        /// ServerHello (4.1.3), then under the handshake keys EncryptedExtensions (4.3.1), Certificate (4.4.2),
        /// CertificateVerify (4.4.3) and Finished (4.4.4); derives the application secrets (7.1).
        /// </summary>
        private void SendServerFlight(int shareOffset, int shareLength)
        {
            int shareSize = NamedGroup.ShareSize(_group);
            if (shareLength != shareSize || (_group != NamedGroup.X25519 && _hs[shareOffset] != 4))
            {
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            int sharedLength;
            EncoKey ephemeral = _config.Entropy.NewEphemeralKey(NamedGroup.KeyType(_group));
            try
            {
                ephemeral.ExportPublic(EncoKeyFormat.PublicRaw, _share, 0);
                try
                {
                    sharedLength = KeyAgreement.Agree(ephemeral, EncoKeyFormat.PublicRaw, _hs, shareOffset, shareLength, _shared, 0);
                }
                catch (EncoException)
                {
                    // Not on the curve, or an all-zero X25519 secret (7.4).
                    Fail(AlertDescription.IllegalParameter);
                    return;
                }
            }
            finally
            {
                ephemeral.Dispose();
            }

            _config.Entropy.Fill(_serverRandom, 0, _serverRandom.Length);
            ReserveOutput(FlightSize13());
            WriteServerHello(shareSize);
            SendCompatibilityChangeCipherSpec();

            int hashSize = _schedule.HashSize;
            _schedule.EnterHandshake(_shared, 0, sharedLength);
            Array.Clear(_shared, 0, _shared.Length);
            SnapshotTranscript();
            _schedule.DeriveSecret(KeySchedule.LabelClientHandshake, _hash, 0, _clientHandshakeSecret, 0);
            _schedule.DeriveSecret(KeySchedule.LabelServerHandshake, _hash, 0, _serverHandshakeSecret, 0);
            LogSecret("CLIENT_HANDSHAKE_TRAFFIC_SECRET", _clientHandshakeSecret, hashSize);
            LogSecret("SERVER_HANDSHAKE_TRAFFIC_SECRET", _serverHandshakeSecret, hashSize);
            _writeCipher.Install(_schedule, _suite, _serverHandshakeSecret);
            _readCipher.Install(_schedule, _suite, _clientHandshakeSecret);

            WriteEncryptedExtensions();
            if (!_resumed)
            {
                // A PSK handshake authenticates with the PSK: no Certificate or CertificateVerify (2.2).
                if (AsksClientCertificate)
                {
                    WriteCertificateRequest13();
                }

                WriteCertificate();
                WriteCertificateVerify();
            }

            WriteServerFinished(hashSize);

            // Application secrets from ClientHello..server Finished (7.1); the client's Finished is over the same hash.
            SnapshotTranscript();
            _schedule.EnterMaster();
            _schedule.DeriveSecret(KeySchedule.LabelClientApplication, _hash, 0, _clientTrafficSecret, 0);
            _schedule.DeriveSecret(KeySchedule.LabelServerApplication, _hash, 0, _serverTrafficSecret, 0);
            LogSecret("CLIENT_TRAFFIC_SECRET_0", _clientTrafficSecret, hashSize);
            LogSecret("SERVER_TRAFFIC_SECRET_0", _serverTrafficSecret, hashSize);
            _schedule.ExpandLabel(_clientHandshakeSecret, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            Hmac.Compute(_schedule.HashAlgorithm, _finishedKey, 0, hashSize, _hash, 0, hashSize, _expectedFinished, 0);
            _writeCipher.Install(_schedule, _suite, _serverTrafficSecret);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            Array.Clear(_serverHandshakeSecret, 0, _serverHandshakeSecret.Length);
            _ticketSent = false;
            if (_config.SessionCache != null && _config.ClientAuth == TlsClientAuth.None)
            {
                // Without client authentication the server knows the client's Finished already (its expected value), so it
                // may complete the transcript and send the ticket right after its own Finished (4.6.1): a client that
                // reconnects as soon as its handshake is done (s_client -reconnect) has read it.
                AddExpectedClientFinished(hashSize);
                SendNewSessionTicket();
                _ticketSent = true;
            }

            _state = !_resumed && AsksClientCertificate ? TlsState.ExpectClientCertificate : TlsState.ExpectFinished;
        }

        /// <summary>
        /// Bytes of the TLS 1.3 flight at most: ServerHello and change_cipher_spec in plaintext, then EncryptedExtensions,
        /// [CertificateRequest], Certificate, CertificateVerify (a signature of up to 4096 bits), Finished and
        /// NewSessionTicket protected, split by the client's record_size_limit.
        /// </summary>
        private int FlightSize13()
        {
            int protectedBytes = 1024 + TlsSessionCache.TicketSize;
            if (!_resumed)
            {
                byte[][] chain = _config.Chain;
                for (int i = 0; i < chain.Length; i++)
                {
                    protectedBytes += 3 + chain[i].Length + 2;
                }
            }

            return 512 + ProtectedSize(protectedBytes, 6);
        }

        private void WriteServerHello(int shareSize)
        {
            OpenRecord();
            int message = BeginMessage(HandshakeType.ServerHello);
            Put16(Tls12);
            PutBytes(_serverRandom, 0, _serverRandom.Length);
            PutSessionIdEcho();
            Put16(_suite);
            Put8(0);
            Put16(8 + shareSize + 6 + (_resumed ? 6 : 0));
            Put16(ExtensionType.KeyShare);
            Put16(4 + shareSize);
            Put16(_group);
            Put16(shareSize);
            PutBytes(_share, 0, shareSize);
            Put16(ExtensionType.SupportedVersions);
            Put16(2);
            Put16(0x0304);
            if (_resumed)
            {
                // pre_shared_key: selected_identity 0 (4.2.11).
                Put16(ExtensionType.PreSharedKey);
                Put16(2);
                Put16(0);
            }

            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutServerHello);
        }

        /// <summary>legacy_session_id_echo: the client's legacy_session_id (4.1.3).</summary>
        private void PutSessionIdEcho()
        {
            Put8(_hello.SessionIdLength);
            PutBytes(_hello.SessionId, 0, _hello.SessionIdLength);
        }

        /// <summary>One change_cipher_spec after the first server handshake message in middlebox compatibility mode (D.4).</summary>
        private void SendCompatibilityChangeCipherSpec()
        {
            if (_sentChangeCipherSpec || _hello.SessionIdLength == 0)
            {
                return;
            }

            OpenRecord();
            Put8(1);
            ClosePlaintextRecord(ContentType.ChangeCipherSpec);
            _sentChangeCipherSpec = true;
        }

        /// <summary>EncryptedExtensions (4.3.1): the selected ALPN protocol (RFC 7301) when the client offered ALPN.</summary>
        /// <summary>The application_layer_protocol_negotiation extension of a server's hello (RFC 7301 3.1): "http/1.1".</summary>
        private void PutAlpnHttp11()
        {
            int nameLength = Alpn.Http11.Length;
            Put16(ExtensionType.Alpn);
            Put16(3 + nameLength);
            Put16(1 + nameLength);
            Put8(nameLength);
            PutBytes(Alpn.Http11, 0, nameLength);
        }

        private void WriteEncryptedExtensions()
        {
            OpenRecord();
            int message = BeginMessage(HandshakeType.EncryptedExtensions);
            Put16((_alpnHttp11 ? 7 + Alpn.Http11.Length : 0) + (_recordLimitSent ? 6 : 0));
            if (_alpnHttp11)
            {
                PutAlpnHttp11();
            }

            if (_recordLimitSent)
            {
                // The largest TLSInnerPlaintext this server takes: the plaintext and its content type (RFC 8449 4).
                Put16(ExtensionType.RecordSizeLimit);
                Put16(2);
                Put16(_inputLimit + 1);
            }

            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
        }

        /// <summary>Certificate (4.4.2): empty request context, the caller's chain, no per-certificate extensions.</summary>
        private void WriteCertificate()
        {
            byte[][] chain = _config.Chain;
            int listLength = 0;
            for (int i = 0; i < chain.Length; i++)
            {
                listLength += 3 + chain[i].Length + 2;
            }

            OpenRecord();
            int message = BeginMessage(HandshakeType.Certificate);
            Put8(0);
            Put24(listLength);
            for (int i = 0; i < chain.Length; i++)
            {
                Put24(chain[i].Length);
                PutBytes(chain[i], 0, chain[i].Length);
                Put16(0);
            }

            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutCert);
        }

        /// <summary>
        /// CertificateVerify (4.4.3): the key signs SHA-256 of 64 spaces || "TLS 1.3, server CertificateVerify" ||
        /// 0 || Transcript-Hash(ClientHello..Certificate), with ECDSA (DER) or RSA-PSS.
        /// </summary>
        private void WriteCertificateVerify()
        {
            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            _fork.Dispose();
            int scheme = _scheme;
            int signedHash = SignatureScheme.Hash(scheme);
            EncoHash signed = new EncoHash(signedHash, _forkContext, 0);
            signed.Update(ServerVerifyPrefix, 0, ServerVerifyPrefix.Length);
            signed.Update(_hash, 0, hashSize);
            signed.Finish(_hash, 0);
            signed.Dispose();
            _fork = new EncoHash(_schedule.HashAlgorithm, _forkContext, 0);

            OpenRecord();
            int message = BeginMessage(HandshakeType.CertificateVerify);
            Put16(scheme);
            PutSignature(scheme, _hash, EncoHashAlgorithm.DigestSize(signedHash));
            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
        }

        /// <summary>
        /// Writes signature&lt;0..2^16-1&gt; over a digest with the server's key: ECDSA (DER), RSASSA-PSS or
        /// RSASSA-PKCS1-v1_5 (TLS 1.2 only) as the scheme says.
        /// </summary>
        private void PutSignature(int scheme, byte[] digest, int digestLength)
        {
            int lengthAt = _w;
            _w += 2;
            int hash = SignatureScheme.Hash(scheme);
            int signatureLength;
            if (SignatureScheme.IsEcdsa(scheme))
            {
                signatureLength = Ecdsa.Sign(_config.Key, hash, digest, 0, digestLength, Ecdsa.Der, _out, _w);
            }
            else
            {
                int padding = scheme == SignatureScheme.RsaPkcs1Sha256 ? Rsa.Pkcs1V15 : Rsa.Pss;
                signatureLength = Rsa.Sign(_config.Key, padding, hash, digest, 0, digestLength, _out, _w);
            }

            _out[lengthAt] = (byte)(signatureLength >> 8);
            _out[lengthAt + 1] = (byte)signatureLength;
            _w += signatureLength;
        }

        /// <summary>Finished (4.4.4): HMAC(finished_key, Transcript-Hash(ClientHello..CertificateVerify)).</summary>
        private void WriteServerFinished(int hashSize)
        {
            SnapshotTranscript();
            _schedule.ExpandLabel(_serverHandshakeSecret, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            OpenRecord();
            int message = BeginMessage(HandshakeType.Finished);
            Hmac.Compute(_schedule.HashAlgorithm, _finishedKey, 0, hashSize, _hash, 0, hashSize, _out, _w);
            _w += hashSize;
            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutFinished);
        }

        /// <summary>The client's Finished (4.4.4), compared in constant time; then application keys both ways.</summary>
        private void HandleClientFinished(int bodyLength)
        {
            _counters.Increment(TlsCounter.InFinished);
            int hashSize = _schedule.HashSize;
            if (bodyLength != hashSize)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            if (!FixedTimeCompare.Equal(_hs, 4, _expectedFinished, 0, hashSize))
            {
                _counters.Increment(TlsCounter.HsHashFailTls);
                Fail(AlertDescription.DecryptError);
                return;
            }

            _readCipher.Install(_schedule, _suite, _clientTrafficSecret);
            if (_config.SessionCache != null && !_ticketSent && ResumptionAllowed)
            {
                _transcript.Update(_hs, 0, 4 + bodyLength);
                SendNewSessionTicket();
            }

            WipeHandshakeSecrets();
            _state = TlsState.Connected;
            _handshakeTime = _now - _handshakeStart;
            _events |= TlsEvent.HandshakeComplete;
            _counters.Increment(TlsCounter.HandshakeOK);
        }

        /// <summary>Adds the client's Finished as the server expects it (4.4.4) to the transcript, ahead of the client sending it.</summary>
        private void AddExpectedClientFinished(int hashSize)
        {
            _shared[0] = HandshakeType.Finished;
            _shared[1] = 0;
            _shared[2] = 0;
            _shared[3] = (byte)hashSize;
            _transcript.Update(_shared, 0, 4);
            _transcript.Update(_expectedFinished, 0, hashSize);
            Array.Clear(_shared, 0, 4);
        }

        /// <summary>
        /// NewSessionTicket (4.6.1): resumption_master_secret = Derive-Secret(Master Secret, "res master",
        /// ClientHello..client Finished) (7.1); PSK = HKDF-Expand-Label(it, "resumption", ticket_nonce, Hash.length)
        /// goes to the cache, the ticket names its entry.
        /// </summary>
        private void SendNewSessionTicket()
        {
            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            _schedule.DeriveSecret(KeySchedule.LabelResumptionMaster, _hash, 0, _nextSecret, 0);
            _ticketNonce[0] = 0;
            _schedule.ExpandLabel(_nextSecret, KeySchedule.LabelResumption, _ticketNonce, 0, 1, _psk, 0, hashSize);
            Array.Clear(_nextSecret, 0, _nextSecret.Length);
            TlsSessionCache cache = _config.SessionCache;
            cache.Store(_suite, _psk, 0, hashSize, _now, _ticket, 0, _config.Entropy);
            Array.Clear(_psk, 0, _psk.Length);

            ReserveOutput(ProtectedSize(32 + _ticket.Length, 1));
            OpenRecord();
            int message = BeginMessage(HandshakeType.NewSessionTicket);
            int lifetime = cache.LifetimeSeconds;
            Put16(lifetime >> 16);
            Put16(lifetime & 0xFFFF);
            _config.Entropy.Fill(_out, _w, 4);
            _w += 4;
            Put8(_ticketNonce.Length);
            PutBytes(_ticketNonce, 0, _ticketNonce.Length);
            Put16(_ticket.Length);
            PutBytes(_ticket, 0, _ticket.Length);
            Put16(0);
            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
        }

        /// <summary>
        /// KeyUpdate (4.6.3): the client's next application traffic secret (7.2); when it asks, the server
        /// answers with its own KeyUpdate and moves its sending keys too.
        /// </summary>
        private void HandleKeyUpdate(int bodyLength)
        {
            if (bodyLength != 1 || _hs[4] > 1)
            {
                Fail(bodyLength != 1 ? AlertDescription.DecodeError : AlertDescription.IllegalParameter);
                return;
            }

            _counters.Increment(TlsCounter.KeyUpdate);
            NextTrafficSecret(_clientTrafficSecret);
            _readCipher.Install(_schedule, _suite, _clientTrafficSecret);
            if (_hs[4] == 1)
            {
                ReserveOutput(ProtectedOverhead + 5);
                OpenRecord();
                Put8(HandshakeType.KeyUpdate);
                Put24(1);
                Put8(0);
                CloseProtectedRecord(ContentType.Handshake);
                NextTrafficSecret(_serverTrafficSecret);
                _writeCipher.Install(_schedule, _suite, _serverTrafficSecret);
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

        private void WipeHandshakeSecrets()
        {
            Array.Clear(_clientHandshakeSecret, 0, _clientHandshakeSecret.Length);
            Array.Clear(_serverHandshakeSecret, 0, _serverHandshakeSecret.Length);
            Array.Clear(_expectedFinished, 0, _expectedFinished.Length);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            Array.Clear(_shared, 0, _shared.Length);
            Array.Clear(_hash, 0, _hash.Length);
            Array.Clear(_psk, 0, _psk.Length);
            Array.Clear(_binderKey, 0, _binderKey.Length);
            Array.Clear(_hs, 0, _hs.Length);
            _schedule.Clear();
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

        /// <summary>
        /// Hands a secret to the configured key log (NSS key log format), keyed by ClientHello.random; a failing
        /// writer does not fail the handshake.
        /// </summary>
        private void LogSecret(string label, byte[] secret, int length)
        {
            KeyLogWriting.Write(_config.KeyLog, label, _hello.Random, secret, length);
        }
    }
}
