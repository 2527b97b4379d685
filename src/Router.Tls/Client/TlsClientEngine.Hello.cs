using System;
using Router.Core;
using Router.Enco;

namespace Router.Tls.Client
{
    /// <summary>
    /// The hellos (RFC 8446 4.1): the ClientHello, the server's answer (ServerHello or HelloRetryRequest), the
    /// second ClientHello after a retry, and the (EC)DHE that gives the handshake traffic keys (7.1).
    /// </summary>
    public sealed partial class TlsClientEngine
    {
        private const int Tls12 = 0x0303;
        private const int Tls13 = 0x0304;
        private const int MaxCookie = 1024;

        /// <summary>The first ClientHello, kept until the ServerHello names the transcript hash.</summary>
        private byte[] _firstHello;
        private readonly byte[] _random = new byte[32];
        private readonly byte[] _sessionId = new byte[32];
        private readonly byte[] _serverRandom = new byte[32];
        private readonly EncoKey[] _shareKeys = new EncoKey[2];
        private readonly int[] _shareGroups = new int[2];
        private readonly ByteReader _reader = new ByteReader();
        private readonly ByteReader _extensions = new ByteReader();
        private int _firstHelloLength;
        private int _sessionIdLength;
        private int _shareCount;
        private byte[] _cookie;
        private int _cookieLength;
        private bool _sentChangeCipherSpec;

        // Resumption (4.2.11): the ticket offered in the hello and its PSK, and whether the server took it.
        private readonly byte[] _psk = new byte[48];
        private byte[] _offeredTicket;
        private int _pskLength;
        private int _pskSuite;
        private uint _obfuscatedAge;
        private bool _offersPsk;
        private bool _pskAccepted;

        // What the last ServerHello or HelloRetryRequest said.
        private bool _isRetry;
        private int _helloSuite;
        private int _helloVersion;
        private int _helloGroup;
        private int _helloShareOffset;
        private int _helloShareLength;
        private int _helloCookieOffset;
        private int _helloCookieLength;

        /// <summary>The first ClientHello, with key shares for the configured groups.</summary>
        private void SendFirstClientHello()
        {
            _config.Entropy.Fill(_random, 0, _random.Length);
            _sessionIdLength = _config.MiddleboxCompatibility ? 32 : 0;
            if (_sessionIdLength > 0)
            {
                _config.Entropy.Fill(_sessionId, 0, _sessionIdLength);
            }

            int[] shares = _config.KeyShares;
            for (int i = 0; _config.OfferTls13 && i < shares.Length; i++)
            {
                AddShare(shares[i]);
            }

            TlsClientSession session = _config.Session;
            if (_config.OfferTls13 && session != null && session.CanResume(_config.ServerName, _now) && _config.OffersSuite(session.Suite))
            {
                int ticketLength;
                _pskSuite = session.Suite;
                _offeredTicket = session.Take(_psk, out _pskLength, out ticketLength, out _obfuscatedAge, _now);
                _offersPsk = true;
            }

            WriteClientHello(1);
            _state = TlsClientState.ExpectServerHello;
        }

        private void AddShare(int group)
        {
            _shareKeys[_shareCount] = _config.Entropy.NewEphemeralKey(NamedGroup.KeyType(group));
            _shareGroups[_shareCount] = group;
            _shareCount++;
        }

        private void DisposeShares()
        {
            for (int i = 0; i < _shareKeys.Length; i++)
            {
                if (_shareKeys[i] != null)
                {
                    _shareKeys[i].Dispose();
                    _shareKeys[i] = null;
                }
            }

            _shareCount = 0;
        }

        /// <summary>
        /// ClientHello (4.1.2) in one plaintext record: legacy fields, the configured TLS 1.3 then TLS 1.2 suites, then
        /// server_name (RFC 6066), supported_groups, signature_algorithms, supported_versions, TLS 1.2's
        /// ec_point_formats, extended_master_secret and renegotiation_info, psk_key_exchange_modes (psk_dhe_ke, so
        /// servers send tickets), the cookie of a retry, key_share, ALPN, and pre_shared_key last when resuming.
        /// </summary>
        private void WriteClientHello(int recordMinor)
        {
            CompactOutput();
            OpenRecord();
            int message = BeginMessage(HandshakeType.ClientHello);
            Put16(Tls12);
            PutBytes(_random, 0, _random.Length);
            Put8(_sessionIdLength);
            PutBytes(_sessionId, 0, _sessionIdLength);

            int lengthAt = _w;
            _w += 2;
            int[] suites = _config.CipherSuites;
            for (int i = 0; _config.OfferTls13 && i < suites.Length; i++)
            {
                if (Router.Tls.CipherSuite.IsTls13(suites[i]))
                {
                    Put16(suites[i]);
                }
            }

            suites = _config.Tls12CipherSuites;
            for (int i = 0; _config.OfferTls12 && i < suites.Length; i++)
            {
                if (Router.Tls.CipherSuite.IsTls12(suites[i]))
                {
                    Put16(suites[i]);
                }
            }

            Fill16(lengthAt);
            Put8(1);
            Put8(0);

            int extensionsAt = _w;
            _w += 2;
            string name = _config.ServerName;
            if (name != null && !IsAddressLiteral(name))
            {
                Put16(ExtensionType.ServerName);
                Put16(name.Length + 5);
                Put16(name.Length + 3);
                Put8(0);
                Put16(name.Length);
                PutAscii(name);
            }

            Put16(ExtensionType.SupportedGroups);
            lengthAt = _w;
            _w += 4;
            int[] groups = _config.Groups;
            for (int i = 0; i < groups.Length; i++)
            {
                if (NamedGroup.KeyType(groups[i]) != 0)
                {
                    Put16(groups[i]);
                }
            }

            FillList16(lengthAt);

            Put16(ExtensionType.SignatureAlgorithms);
            int[] schemes = ServerSignatureScheme.Offered;
            Put16(2 + 2 * schemes.Length);
            Put16(2 * schemes.Length);
            for (int i = 0; i < schemes.Length; i++)
            {
                Put16(schemes[i]);
            }

            int versions = (_config.OfferTls13 ? 2 : 0) + (_config.OfferTls12 ? 2 : 0);
            Put16(ExtensionType.SupportedVersions);
            Put16(1 + versions);
            Put8(versions);
            if (_config.OfferTls13)
            {
                Put16(Tls13);
            }

            if (_config.OfferTls12)
            {
                Put16(Tls12);

                // TLS 1.2: uncompressed points only (RFC 8422 5.1.2), the extended master secret (RFC 7627 5.1)
                // and secure renegotiation's empty renegotiation_info (RFC 5746 3.4).
                Put16(ExtensionType.EcPointFormats);
                Put16(2);
                Put8(1);
                Put8(0);
                Put16(ExtensionType.ExtendedMasterSecret);
                Put16(0);
                Put16(ExtensionType.RenegotiationInfo);
                Put16(1);
                Put8(0);
            }

            if (_config.OfferTls13)
            {
                Put16(ExtensionType.PskKeyExchangeModes);
                Put16(2);
                Put8(1);
                Put8(1);
            }

            if (_cookieLength > 0)
            {
                Put16(ExtensionType.Cookie);
                Put16(2 + _cookieLength);
                Put16(_cookieLength);
                PutBytes(_cookie, 0, _cookieLength);
            }

            if (_config.OfferTls13)
            {
                Put16(ExtensionType.KeyShare);
                lengthAt = _w;
                _w += 4;
                for (int i = 0; i < _shareCount; i++)
                {
                    Put16(_shareGroups[i]);
                    int sizeAt = _w;
                    _w += 2;
                    _w += _shareKeys[i].ExportPublic(EncoKeyFormat.PublicRaw, _out, _w);
                    Fill16(sizeAt);
                }

                FillList16(lengthAt);
            }

            int alpnBytes = _config.AlpnBytes();
            if (alpnBytes > 0)
            {
                string[] protocols = _config.ApplicationProtocols;
                Put16(ExtensionType.Alpn);
                Put16(2 + alpnBytes);
                Put16(alpnBytes);
                for (int i = 0; i < protocols.Length; i++)
                {
                    Put8(protocols[i].Length);
                    PutAscii(protocols[i]);
                }
            }

            int bindersAt = -1;
            if (_offersPsk)
            {
                // pre_shared_key, the last extension (4.2.11): one identity (the ticket, its obfuscated age) and its binder.
                int hashSize = EncoHashAlgorithm.DigestSize(Router.Tls.CipherSuite.Hash(_pskSuite));
                int ticketLength = _offeredTicket.Length;
                Put16(ExtensionType.PreSharedKey);
                Put16(2 + 2 + ticketLength + 4 + 2 + 1 + hashSize);
                Put16(2 + ticketLength + 4);
                Put16(ticketLength);
                PutBytes(_offeredTicket, 0, ticketLength);
                Put16((int)(_obfuscatedAge >> 16));
                Put16((int)(_obfuscatedAge & 0xFFFF));
                bindersAt = _w;
                Put16(1 + hashSize);
                Put8(hashSize);
                _w += hashSize;
            }

            Fill16(extensionsAt);
            if (bindersAt >= 0)
            {
                WriteBinder(message, bindersAt);
            }

            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake, recordMinor);
            _counters.Increment(TlsCounter.ClientOutClientHello);
        }

        /// <summary>
        /// The PSK binder (4.2.11.2): HMAC(finished_key of binder_key, Transcript-Hash(ClientHello up to the binders)),
        /// after a retry with message_hash and the HelloRetryRequest in front.
        /// </summary>
        private void WriteBinder(int message, int bindersAt)
        {
            int hash = Router.Tls.CipherSuite.Hash(_pskSuite);
            int hashSize = EncoHashAlgorithm.DigestSize(hash);
            int length = _w - message - 4;
            _out[message + 1] = (byte)(length >> 16);
            _out[message + 2] = (byte)(length >> 8);
            _out[message + 3] = (byte)length;
            if (_transcript == null)
            {
                EncoHash partial = new EncoHash(hash, _signedContext, 0);
                partial.Update(_out, message, bindersAt - message);
                partial.Finish(_digest, 0);
                partial.Dispose();
            }
            else
            {
                _transcript.CopyTo(_fork);
                _fork.Update(_out, message, bindersAt - message);
                _fork.Finish(_digest, 0);
            }

            _schedule.StartWithPsk(hash, _psk, 0, _pskLength);
            _schedule.DeriveBinderKey(_nextSecret, 0);
            _schedule.ExpandLabel(_nextSecret, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            Hmac.Compute(hash, _finishedKey, 0, hashSize, _digest, 0, hashSize, _out, bindersAt + 3);
            Array.Clear(_nextSecret, 0, _nextSecret.Length);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            Array.Clear(_digest, 0, _digest.Length);
        }

        /// <summary>Writes the length of what follows a 2-byte length field at <paramref name="at"/>.</summary>
        private void Fill16(int at)
        {
            int length = _w - at - 2;
            _out[at] = (byte)(length >> 8);
            _out[at + 1] = (byte)length;
        }

        /// <summary>An extension body that is one 2-byte-length list: extension length, then list length.</summary>
        private void FillList16(int at)
        {
            Fill16(at);
            Fill16(at + 2);
        }

        /// <summary>No SNI for an IPv4 or IPv6 literal (RFC 6066 3).</summary>
        private static bool IsAddressLiteral(string name)
        {
            bool allDigits = true;
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (c == ':')
                {
                    return true;
                }

                if (!(c == '.' || (c >= '0' && c <= '9')))
                {
                    allDigits = false;
                }
            }

            return allDigits;
        }

        /// <summary>ServerHello or HelloRetryRequest (4.1.3, 4.1.4); returns true when it changed the read keys.</summary>
        private bool HandleServerHello(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInServerHello);
            int alert;
            try
            {
                alert = ParseServerHello(bodyLength);
            }
            catch (MalformedInputException)
            {
                alert = AlertDescription.DecodeError;
            }

            if (alert != AlertDescription.None)
            {
                Fail(alert);
                return false;
            }

            if (_isRetry)
            {
                HandleHelloRetryRequest(bodyLength);
                return true;
            }

            if (_isTls12)
            {
                AcceptTls12ServerHello(bodyLength);
                return false;
            }

            return AcceptServerHello(bodyLength);
        }

        /// <summary>
        /// Reads and checks a ServerHello or HelloRetryRequest; returns an alert or None. The version decides which
        /// extensions may appear: TLS 1.3 (supported_versions 0x0304) takes supported_versions, key_share and, in a
        /// retry, cookie (4.1.3, 4.1.4); TLS 1.2 (no supported_versions, when offered) needs extended_master_secret
        /// (RFC 7627 5.3) and an empty renegotiation_info (RFC 5746 3.4), and may answer ec_point_formats, ALPN and SNI.
        /// </summary>
        private int ParseServerHello(int bodyLength)
        {
            ByteReader m = _reader;
            m.Reset(_hs, 4, bodyLength);
            int legacyVersion = m.ReadUInt16();
            int randomAt = m.Skip(32);
            Array.Copy(_hs, randomAt, _serverRandom, 0, 32);
            _isRetry = Same(_hs, randomAt, HelloRetryRandom.Value, 0, 32);
            int echoLength = m.ReadUInt8();
            int echoAt = m.Skip(echoLength);
            _helloSuite = m.ReadUInt16();
            int compression = m.ReadUInt8();
            int extensionsLength = m.IsAtEnd ? 0 : m.ReadUInt16();
            if (m.Remaining != extensionsLength)
            {
                return AlertDescription.DecodeError;
            }

            _helloVersion = 0;
            _helloGroup = 0;
            _helloShareOffset = -1;
            _helloShareLength = 0;
            _helloCookieOffset = -1;
            _helloCookieLength = 0;
            int alpnAt = -1;
            int alpnLength = 0;
            int seen = 0;
            ByteReader e = _extensions;
            e.Reset(_hs, m.Skip(extensionsLength), extensionsLength);
            while (!e.IsAtEnd)
            {
                int type = e.ReadUInt16();
                int length = e.ReadUInt16();
                int at = e.Skip(length);
                int bit = HelloExtensionBit(type);
                if (bit != HelloOther && (seen & bit) != 0)
                {
                    return AlertDescription.IllegalParameter;
                }

                seen |= bit;
                if (type == ExtensionType.SupportedVersions)
                {
                    if (length != 2)
                    {
                        return AlertDescription.DecodeError;
                    }

                    _helloVersion = (_hs[at] << 8) | _hs[at + 1];
                }
                else if (type == ExtensionType.KeyShare)
                {
                    // ServerHello: KeyShareEntry (group, key_exchange<1..2^16-1>); HelloRetryRequest: selected_group (4.2.8).
                    if (length < 2)
                    {
                        return AlertDescription.DecodeError;
                    }

                    _helloGroup = (_hs[at] << 8) | _hs[at + 1];
                    if (_isRetry)
                    {
                        if (length != 2)
                        {
                            return AlertDescription.DecodeError;
                        }
                    }
                    else
                    {
                        int shareLength = length < 4 ? -1 : (_hs[at + 2] << 8) | _hs[at + 3];
                        if (shareLength < 1 || shareLength != length - 4)
                        {
                            return AlertDescription.DecodeError;
                        }

                        _helloShareOffset = at + 4;
                        _helloShareLength = shareLength;
                    }
                }
                else if (type == ExtensionType.Cookie)
                {
                    int cookieLength = length < 2 ? -1 : (_hs[at] << 8) | _hs[at + 1];
                    if (cookieLength < 1 || cookieLength != length - 2)
                    {
                        return AlertDescription.DecodeError;
                    }

                    _helloCookieOffset = at + 2;
                    _helloCookieLength = cookieLength;
                }
                else if (type == ExtensionType.ExtendedMasterSecret || type == ExtensionType.ServerName)
                {
                    if (length != 0)
                    {
                        return AlertDescription.DecodeError;
                    }
                }
                else if (type == ExtensionType.RenegotiationInfo)
                {
                    // renegotiated_connection must be empty on a first handshake (RFC 5746 3.4).
                    if (length != 1 || _hs[at] != 0)
                    {
                        return AlertDescription.HandshakeFailure;
                    }
                }
                else if (type == ExtensionType.EcPointFormats)
                {
                    // The list must hold uncompressed (0), the only format sent (RFC 8422 5.2).
                    if (length < 2 || _hs[at] != length - 1)
                    {
                        return AlertDescription.DecodeError;
                    }

                    bool uncompressed = false;
                    for (int i = 1; i < length; i++)
                    {
                        uncompressed |= _hs[at + i] == 0;
                    }

                    if (!uncompressed)
                    {
                        return AlertDescription.IllegalParameter;
                    }
                }
                else if (type == ExtensionType.Alpn)
                {
                    alpnAt = at;
                    alpnLength = length;
                }
                else if (type == ExtensionType.PreSharedKey)
                {
                    // selected_identity: the one ticket offered (4.2.11).
                    if (length != 2)
                    {
                        return AlertDescription.DecodeError;
                    }

                    if (_hs[at] != 0 || _hs[at + 1] != 0)
                    {
                        return AlertDescription.IllegalParameter;
                    }
                }
            }

            if (compression != 0)
            {
                return AlertDescription.IllegalParameter;
            }

            if (_helloVersion == 0)
            {
                return CheckTls12ServerHello(legacyVersion, echoAt, echoLength, seen, alpnAt, alpnLength);
            }

            _isTls12 = false;
            if (legacyVersion != Tls12 || _helloVersion != Tls13 || !_config.OfferTls13)
            {
                _counters.Increment(TlsCounter.ClientSslVersionFail);
                return AlertDescription.IllegalParameter;
            }

            int allowed = HelloSupportedVersions | HelloKeyShare | (_isRetry ? HelloCookie : 0) | (_offersPsk && !_isRetry ? HelloPreSharedKey : 0);
            if ((seen & ~allowed) != 0)
            {
                // pre_shared_key not offered, a cookie outside a retry, TLS 1.2 extensions, anything else (4.1.3, 4.2).
                return AlertDescription.UnsupportedExtension;
            }

            _pskAccepted = (seen & HelloPreSharedKey) != 0;
            if (_pskAccepted && Router.Tls.CipherSuite.Hash(_helloSuite) != Router.Tls.CipherSuite.Hash(_pskSuite))
            {
                // The resumed suite must have the ticket's hash (4.2.11).
                return AlertDescription.IllegalParameter;
            }

            if (echoLength != _sessionIdLength || !Same(_hs, echoAt, _sessionId, 0, echoLength))
            {
                _counters.Increment(TlsCounter.ClientBadSessionIdLen);
                return AlertDescription.IllegalParameter;
            }

            if (!_config.OffersSuite(_helloSuite))
            {
                return AlertDescription.IllegalParameter;
            }

            if (!_isRetry && _helloShareOffset < 0)
            {
                // Certificate-based handshakes need (EC)DHE (9.2).
                return AlertDescription.MissingExtension;
            }

            return AlertDescription.None;
        }

        private const int HelloSupportedVersions = 1;
        private const int HelloKeyShare = 2;
        private const int HelloCookie = 4;
        private const int HelloExtendedMasterSecret = 8;
        private const int HelloRenegotiationInfo = 16;
        private const int HelloPointFormats = 32;
        private const int HelloAlpn = 64;
        private const int HelloServerName = 128;
        private const int HelloOther = 256;
        private const int HelloPreSharedKey = 512;

        private static int HelloExtensionBit(int type)
        {
            switch (type)
            {
                case ExtensionType.SupportedVersions:
                    return HelloSupportedVersions;
                case ExtensionType.KeyShare:
                    return HelloKeyShare;
                case ExtensionType.Cookie:
                    return HelloCookie;
                case ExtensionType.ExtendedMasterSecret:
                    return HelloExtendedMasterSecret;
                case ExtensionType.RenegotiationInfo:
                    return HelloRenegotiationInfo;
                case ExtensionType.EcPointFormats:
                    return HelloPointFormats;
                case ExtensionType.Alpn:
                    return HelloAlpn;
                case ExtensionType.ServerName:
                    return HelloServerName;
                case ExtensionType.PreSharedKey:
                    return HelloPreSharedKey;
                default:
                    return HelloOther;
            }
        }

        /// <summary>
        /// HelloRetryRequest (4.1.4): at most one; it must change the hello (a new group we offered but did not
        /// share, or a cookie). ClientHello1 becomes message_hash in the transcript (4.4.1), then ClientHello2.
        /// </summary>
        private void HandleHelloRetryRequest(int bodyLength)
        {
            if (_state != TlsClientState.ExpectServerHello)
            {
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            if (_helloGroup != 0 && (!_config.OffersGroup(_helloGroup) || Shares(_helloGroup)))
            {
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            if (_helloGroup == 0 && _helloCookieLength == 0)
            {
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            if (_helloCookieLength > MaxCookie)
            {
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            _suite = _helloSuite;
            _retried = true;
            StartTranscript();
            _transcript.Update(_firstHello, 0, _firstHelloLength);
            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            _transcript.Reset();
            _shared[0] = HandshakeType.MessageHash;
            _shared[1] = 0;
            _shared[2] = 0;
            _shared[3] = (byte)hashSize;
            _transcript.Update(_shared, 0, 4);
            _transcript.Update(_hash, 0, hashSize);
            Array.Clear(_shared, 0, _shared.Length);
            _transcript.Update(_hs, 0, 4 + bodyLength);

            if (_helloCookieLength > 0)
            {
                _cookie = new byte[_helloCookieLength];
                Array.Copy(_hs, _helloCookieOffset, _cookie, 0, _helloCookieLength);
                _cookieLength = _helloCookieLength;
            }

            if (_helloGroup != 0)
            {
                DisposeShares();
                AddShare(_helloGroup);
            }

            if (_offersPsk && Router.Tls.CipherSuite.Hash(_suite) != Router.Tls.CipherSuite.Hash(_pskSuite))
            {
                // The ticket cannot resume a suite with another hash: the second hello goes without it (4.1.4).
                _offersPsk = false;
                Array.Clear(_psk, 0, _psk.Length);
            }

            SendCompatibilityChangeCipherSpec();
            WriteClientHello(3);
            _state = TlsClientState.ExpectSecondServerHello;
        }

        /// <summary>
        /// ServerHello (4.1.3): the server's share for a group we sent one for gives the (EC)DHE secret (7.4);
        /// Handshake Secret and the handshake traffic keys follow (7.1, 7.3). Returns true (the read keys changed).
        /// </summary>
        private bool AcceptServerHello(int bodyLength)
        {
            if (_retried && _helloSuite != _suite)
            {
                Fail(AlertDescription.IllegalParameter);
                return false;
            }

            EncoKey key = null;
            for (int i = 0; i < _shareCount; i++)
            {
                if (_shareGroups[i] == _helloGroup)
                {
                    key = _shareKeys[i];
                }
            }

            if (key == null || _helloShareLength != NamedGroup.ShareSize(_helloGroup)
                || (_helloGroup != NamedGroup.X25519 && _hs[_helloShareOffset] != 4))
            {
                Fail(AlertDescription.IllegalParameter);
                return false;
            }

            int sharedLength;
            try
            {
                sharedLength = KeyAgreement.Agree(key, EncoKeyFormat.PublicRaw, _hs, _helloShareOffset, _helloShareLength, _shared, 0);
            }
            catch (EncoException)
            {
                // Not on the curve, or an all-zero X25519 secret (7.4).
                Fail(AlertDescription.IllegalParameter);
                return false;
            }

            DisposeShares();
            _group = _helloGroup;
            if (!_retried)
            {
                _suite = _helloSuite;
                StartTranscript();
                _transcript.Update(_firstHello, 0, _firstHelloLength);
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            int hashSize = _schedule.HashSize;
            // Early Secret: from the ticket's PSK when the server resumed, else from zeros (7.1).
            if (_pskAccepted)
            {
                _schedule.StartWithPsk(Router.Tls.CipherSuite.Hash(_suite), _psk, 0, _pskLength);
            }
            else
            {
                _schedule.Start(Router.Tls.CipherSuite.Hash(_suite));
            }

            Array.Clear(_psk, 0, _psk.Length);
            _schedule.EnterHandshake(_shared, 0, sharedLength);
            Array.Clear(_shared, 0, _shared.Length);
            SnapshotTranscript();
            _schedule.DeriveSecret(KeySchedule.LabelClientHandshake, _hash, 0, _clientHandshakeSecret, 0);
            _schedule.DeriveSecret(KeySchedule.LabelServerHandshake, _hash, 0, _serverHandshakeSecret, 0);
            LogSecret("CLIENT_HANDSHAKE_TRAFFIC_SECRET", _clientHandshakeSecret, hashSize);
            LogSecret("SERVER_HANDSHAKE_TRAFFIC_SECRET", _serverHandshakeSecret, hashSize);
            _readCipher.Install(_schedule, _suite, _serverHandshakeSecret);
            _writeCipher.Install(_schedule, _suite, _clientHandshakeSecret);
            _state = TlsClientState.ExpectEncryptedExtensions;
            return true;
        }

        private bool Shares(int group)
        {
            for (int i = 0; i < _shareCount; i++)
            {
                if (_shareGroups[i] == group)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>One change_cipher_spec before the client's second flight in middlebox compatibility mode (D.4).</summary>
        private void SendCompatibilityChangeCipherSpec()
        {
            if (_sentChangeCipherSpec || _sessionIdLength == 0)
            {
                return;
            }

            CompactOutput();
            OpenRecord();
            Put8(1);
            ClosePlaintextRecord(ContentType.ChangeCipherSpec, 3);
            _counters.Increment(TlsCounter.ClientOutChangeCS);
            _sentChangeCipherSpec = true;
        }

        private static bool Same(byte[] a, int aOffset, byte[] b, int bOffset, int count)
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
