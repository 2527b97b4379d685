using System;
using Router.Enco;

namespace Router.Tls
{
    /// <summary>
    /// The TLS 1.2 server handshake (RFC 5246 7.3) with ECDHE (RFC 8422) and AEAD suites, the extended master
    /// secret (RFC 7627), secure renegotiation signalling without renegotiation (RFC 5746), and session-ID
    /// resumption through <see cref="TlsSessionCache"/>:
    /// full: ClientHello -> ServerHello, Certificate, ServerKeyExchange, ServerHelloDone -> ClientKeyExchange,
    /// [ChangeCipherSpec], Finished -> [ChangeCipherSpec], Finished;
    /// abbreviated: ClientHello -> ServerHello, [ChangeCipherSpec], Finished -> [ChangeCipherSpec], Finished.
    /// </summary>
    public sealed partial class TlsServerEngine
    {
        /// <summary>The last 8 bytes of ServerHello.random of a TLS 1.3 server negotiating TLS 1.2 (RFC 8446 4.1.3).</summary>
        private static readonly byte[] DowngradeTls12 = new byte[] { 0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44, 0x01 };

        /// <summary>ServerKeyExchange signature schemes by key type, in the server's order.</summary>
        private static readonly int[] P256Schemes = new int[] { SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384 };
        private static readonly int[] P384Schemes = new int[] { SignatureScheme.EcdsaSecp384r1Sha384, SignatureScheme.EcdsaSecp256r1Sha256 };
        private static readonly int[] RsaSchemes = new int[] { SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384, SignatureScheme.RsaPkcs1Sha256 };

        /// <summary>Warning alerts a TLS 1.2 peer may send before the connection is dropped (no endless warnings).</summary>
        private const int MaxWarningAlerts = 4;

        private readonly Tls12KeyDerivation _derivation = new Tls12KeyDerivation();
        private readonly byte[] _masterSecret = new byte[Tls12KeyDerivation.MasterSecretSize];
        private readonly byte[] _keyBlock = new byte[Tls12KeyDerivation.MaxKeyBlock];
        private readonly byte[] _verifyData = new byte[Tls12KeyDerivation.VerifyDataSize];
        private readonly byte[] _sessionId = new byte[32];
        private int _sessionIdLength;
        private EncoKey _ephemeral;
        private bool _extendedMasterSecret;
        private bool _secureRenegotiation;
        private bool _pointFormats;
        private int _warningAlerts;
        private int _renegotiationSkip;

        /// <summary>True when the TLS 1.2 master secret is the extended one (RFC 7627); false for TLS 1.3.</summary>
        public bool ExtendedMasterSecret
        {
            get { return _version == Tls12 && _extendedMasterSecret; }
        }

        /// <summary>
        /// A TLS 1.2 ClientHello (RFC 5246 7.4.1.2): suite, group and signature by the server's order, then a
        /// resumption of the offered session or a full handshake.
        /// </summary>
        private void HandleClientHello12(int bodyLength)
        {
            if (_hello.OffersFallbackScsv && _config.EnablesTls13)
            {
                // A retry at a lower version than both sides support (RFC 7507 3).
                Fail(AlertDescription.InappropriateFallback);
                return;
            }

            if (!_hello.HasNullCompression || (_hello.HasEcPointFormats && !_hello.OffersUncompressedPoints))
            {
                // The null compression method and uncompressed points are mandatory (RFC 5246 7.4.1.2, RFC 8422 5.1.2).
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            if (_hello.HasAlpn && !_hello.OffersHttp11)
            {
                Fail(AlertDescription.NoApplicationProtocol);
                return;
            }

            int suite = SelectSuite12();
            int group = _hello.HasSupportedGroups ? SelectGroup() : NamedGroup.Secp256r1;
            _scheme = SelectScheme12();
            if (suite == 0)
            {
                _counters.Increment(TlsCounter.NoCipherMatch);
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            if (group == 0 || _scheme == 0)
            {
                // No common curve (RFC 8422 5.1.1), or no signature the client takes: SHA-1 is not used (RFC 9155).
                Fail(AlertDescription.HandshakeFailure);
                return;
            }

            _group = group;
            _serverName = _hello.ServerName;
            _alpnHttp11 = _hello.HasAlpn;
            _extendedMasterSecret = _hello.HasExtendedMasterSecret;
            _secureRenegotiation = _hello.HasRenegotiationInfo || _hello.OffersRenegotiationScsv;
            _pointFormats = _hello.HasEcPointFormats;
            _config.Entropy.Fill(_serverRandom, 0, _serverRandom.Length);
            if (_config.EnablesTls13)
            {
                Array.Copy(DowngradeTls12, 0, _serverRandom, 24, 8);
            }

            int resumedSuite = FindSession12(suite);
            if (_state == TlsState.Closed)
            {
                return;
            }

            _suite = resumedSuite != 0 ? resumedSuite : suite;
            StartTranscript();
            _transcript.Update(_hs, 0, 4 + bodyLength);
            if (resumedSuite != 0)
            {
                SendAbbreviatedFlight();
            }
            else
            {
                SendFullFlight12();
            }
        }

        /// <summary>
        /// The first TLS 1.2 suite of the server's order that the client offered and the key can sign for. An ECDSA
        /// key's curve must be one the client listed in supported_groups, when it sent them (RFC 8422 5.1, 5.3).
        /// </summary>
        private int SelectSuite12()
        {
            int[] order = _config.SuiteOrder;
            bool ecKey = _config.HasEcKey;
            if (ecKey && _hello.HasSupportedGroups)
            {
                int curve = _config.Key.Type == EncoKeyType.EcP384 ? ClientHello.GroupP384 : ClientHello.GroupP256;
                if ((_hello.Groups & curve) == 0)
                {
                    return 0;
                }
            }

            for (int i = 0; i < order.Length; i++)
            {
                if (IsUsableSuite12(order[i], ecKey) && (_hello.Suites & Router.Tls.CipherSuite.Bit(order[i])) != 0)
                {
                    return order[i];
                }
            }

            return 0;
        }

        private static bool IsUsableSuite12(int suite, bool ecKey)
        {
            return Router.Tls.CipherSuite.IsTls12(suite) && Router.Tls.CipherSuite.IsEcdsa(suite) == ecKey;
        }

        /// <summary>True when the suite is still in the configuration (a cached session's suite may have been removed).</summary>
        private bool IsEnabledSuite12(int suite)
        {
            int[] order = _config.SuiteOrder;
            for (int i = 0; i < order.Length; i++)
            {
                if (order[i] == suite)
                {
                    return IsUsableSuite12(suite, _config.HasEcKey);
                }
            }

            return false;
        }

        /// <summary>
        /// The ServerKeyExchange signature (RFC 5246 7.4.1.4.1) by the server's order for its key type among the
        /// client's signature_algorithms: ECDSA with the key curve's hash first; RSA-PSS SHA-256, SHA-384, then PKCS#1
        /// SHA-256. Without signature_algorithms the client would take only SHA-1: 0.
        /// </summary>
        private int SelectScheme12()
        {
            int offered = _hello.SignatureSchemes;
            int keyType = _config.Key.Type;
            int[] order = keyType == EncoKeyType.EcP384 ? P384Schemes : (keyType == EncoKeyType.EcP256 ? P256Schemes : RsaSchemes);

            for (int i = 0; i < order.Length; i++)
            {
                if ((offered & SignatureScheme.Bit(order[i])) != 0)
                {
                    return order[i];
                }
            }

            return 0;
        }

        /// <summary>
        /// Session-ID resumption (RFC 5246 7.4.1.2, 7.3): a hit for a suite the client still offers and the server
        /// still allows gives the master secret and the suite; else 0 (full handshake). The extended master secret
        /// must match (RFC 7627 5.3): a session that had it cannot resume without it (handshake_failure); a session
        /// without it is never resumed (full handshake).
        /// </summary>
        private int FindSession12(int selectedSuite)
        {
            TlsSessionCache cache = _config.SessionCache;
            if (cache == null || _hello.SessionIdLength == 0 || !ResumptionAllowed)
            {
                return 0;
            }

            _counters.Increment(TlsCounter.ResumeRequest);
            int suite;
            bool extended;
            int length = cache.Find(_hello.SessionId, 0, _hello.SessionIdLength, _now, _masterSecret, 0, out suite, out extended);
            if (length != Tls12KeyDerivation.MasterSecretSize)
            {
                Array.Clear(_masterSecret, 0, _masterSecret.Length);
                return 0;
            }

            if (extended && !_hello.HasExtendedMasterSecret)
            {
                Array.Clear(_masterSecret, 0, _masterSecret.Length);
                Fail(AlertDescription.HandshakeFailure);
                return 0;
            }

            if (!extended || (_hello.Suites & Router.Tls.CipherSuite.Bit(suite)) == 0 || !IsEnabledSuite12(suite))
            {
                if (extended && suite != selectedSuite)
                {
                    _counters.Increment(TlsCounter.ResumeDiffCipher);
                }

                Array.Clear(_masterSecret, 0, _masterSecret.Length);
                return 0;
            }

            Array.Copy(_hello.SessionId, 0, _sessionId, 0, _hello.SessionIdLength);
            _sessionIdLength = _hello.SessionIdLength;
            _resumed = true;
            return suite;
        }

        /// <summary>ServerHello, Certificate, ServerKeyExchange and ServerHelloDone (7.3), in plaintext records.</summary>
        private void SendFullFlight12()
        {
            _sessionIdLength = 0;
            if (_config.SessionCache != null && ResumptionAllowed)
            {
                _config.SessionCache.ReserveSessionId(_now, _sessionId, 0, _config.Entropy);
                _sessionIdLength = TlsSessionCache.TicketSize;
            }

            _ephemeral = _config.Entropy.NewEphemeralKey(NamedGroup.KeyType(_group));
            int shareSize = _ephemeral.ExportPublic(EncoKeyFormat.PublicRaw, _share, 0);
            ReserveOutput(FlightSize12());
            WriteServerHello12();
            WriteCertificate12();
            WriteServerKeyExchange(shareSize);
            if (AsksClientCertificate)
            {
                WriteCertificateRequest12();
            }

            OpenRecord();
            int message = BeginMessage(HandshakeType.ServerHelloDone);
            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutHelloDone);
            _state = AsksClientCertificate ? TlsState.ExpectClientCertificate12 : TlsState.ExpectClientKeyExchange;
        }

        /// <summary>
        /// The abbreviated handshake (7.3): ServerHello echoing the session ID, the server's ChangeCipherSpec and
        /// Finished first; keys from the cached master secret.
        /// </summary>
        private void SendAbbreviatedFlight()
        {
            LogSecret("CLIENT_RANDOM", _masterSecret, Tls12KeyDerivation.MasterSecretSize);
            DeriveKeyBlock();
            ReserveOutput(FlightSize12());
            WriteServerHello12();
            SendServerFinished12();
            _state = TlsState.ExpectChangeCipherSpec;
        }

        /// <summary>
        /// Bytes of a TLS 1.2 flight at most: ServerHello, Certificate, ServerKeyExchange (a signature of up to 4096
        /// bits), ServerHelloDone, or ChangeCipherSpec and Finished; with room for a CertificateRequest.
        /// </summary>
        private int FlightSize12()
        {
            if (_state != TlsState.ExpectClientHello || _resumed)
            {
                return 1024;
            }

            byte[][] chain = _config.Chain;
            int size = 2048;
            for (int i = 0; i < chain.Length; i++)
            {
                size += 3 + chain[i].Length;
            }

            return size;
        }

        /// <summary>ServerHello (7.4.1.3) with renegotiation_info, extended_master_secret, ec_point_formats and ALPN as the client asked.</summary>
        private void WriteServerHello12()
        {
            OpenRecord();
            int message = BeginMessage(HandshakeType.ServerHello);
            Put16(Tls12);
            PutBytes(_serverRandom, 0, _serverRandom.Length);
            Put8(_sessionIdLength);
            PutBytes(_sessionId, 0, _sessionIdLength);
            Put16(_suite);
            Put8(0);
            int extensions = (_secureRenegotiation ? 5 : 0) + (_extendedMasterSecret ? 4 : 0) + (_pointFormats ? 6 : 0)
                + (_alpnHttp11 ? 7 + Alpn.Http11.Length : 0) + (_recordLimitSent ? 6 : 0);
            if (extensions > 0)
            {
                Put16(extensions);
                if (_secureRenegotiation)
                {
                    // renegotiated_connection is empty on the initial handshake (RFC 5746 3.6).
                    Put16(ExtensionType.RenegotiationInfo);
                    Put16(1);
                    Put8(0);
                }

                if (_extendedMasterSecret)
                {
                    Put16(ExtensionType.ExtendedMasterSecret);
                    Put16(0);
                }

                if (_pointFormats)
                {
                    Put16(ExtensionType.EcPointFormats);
                    Put16(2);
                    Put8(1);
                    Put8(0);
                }

                if (_alpnHttp11)
                {
                    PutAlpnHttp11();
                }

                if (_recordLimitSent)
                {
                    // The largest TLSPlaintext.fragment this server takes (RFC 8449 4).
                    Put16(ExtensionType.RecordSizeLimit);
                    Put16(2);
                    Put16(_inputLimit);
                }
            }

            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutServerHello);
        }

        /// <summary>Certificate (7.4.2): certificate_list of the caller's chain.</summary>
        private void WriteCertificate12()
        {
            byte[][] chain = _config.Chain;
            int listLength = 0;
            for (int i = 0; i < chain.Length; i++)
            {
                listLength += 3 + chain[i].Length;
            }

            OpenRecord();
            int message = BeginMessage(HandshakeType.Certificate);
            Put24(listLength);
            for (int i = 0; i < chain.Length; i++)
            {
                Put24(chain[i].Length);
                PutBytes(chain[i], 0, chain[i].Length);
            }

            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutCert);
        }

        /// <summary>
        /// ServerKeyExchange (RFC 8422 5.4): ServerECDHParams (named_curve, the group, the ephemeral public point) and
        /// a signature over ClientHello.random + ServerHello.random + ServerECDHParams (RFC 5246 7.4.3).
        /// </summary>
        private void WriteServerKeyExchange(int shareSize)
        {
            OpenRecord();
            int message = BeginMessage(HandshakeType.ServerKeyExchange);
            int paramsAt = _w;
            Put8(3);
            Put16(_group);
            Put8(shareSize);
            PutBytes(_share, 0, shareSize);
            int paramsLength = _w - paramsAt;

            int hash = SignatureScheme.Hash(_scheme);
            _fork.Dispose();
            EncoHash signed = new EncoHash(hash, _forkContext, 0);
            signed.Update(_hello.Random, 0, 32);
            signed.Update(_serverRandom, 0, 32);
            signed.Update(_out, paramsAt, paramsLength);
            signed.Finish(_hash, 0);
            signed.Dispose();
            _fork = new EncoHash(_schedule.HashAlgorithm, _forkContext, 0);

            Put16(_scheme);
            PutSignature(_scheme, _hash, EncoHashAlgorithm.DigestSize(hash));
            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
        }

        /// <summary>
        /// ClientKeyExchange (RFC 8422 5.7): the client's ECDH point; the premaster secret gives the (extended)
        /// master secret (RFC 7627 4: session_hash covers ClientHello..ClientKeyExchange) and the key block.
        /// </summary>
        private void HandleClientKeyExchange(int bodyLength)
        {
            _counters.Increment(TlsCounter.InClientKeyExchange);
            int pointLength = bodyLength > 0 ? _hs[4] : -1;
            if (pointLength < 1 || 1 + pointLength != bodyLength)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            if (pointLength != NamedGroup.ShareSize(_group) || (_group != NamedGroup.X25519 && _hs[5] != 4))
            {
                Fail(AlertDescription.IllegalParameter);
                return;
            }

            int sharedLength;
            try
            {
                sharedLength = KeyAgreement.Agree(_ephemeral, EncoKeyFormat.PublicRaw, _hs, 5, pointLength, _shared, 0);
            }
            catch (EncoException)
            {
                // Not on the curve, or an all-zero X25519 secret (RFC 8422 5.11, RFC 7748 6.1).
                Fail(AlertDescription.IllegalParameter);
                return;
            }
            finally
            {
                _ephemeral.Dispose();
                _ephemeral = null;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            int hash = _schedule.HashAlgorithm;
            if (_extendedMasterSecret)
            {
                SnapshotTranscript();
                _derivation.ExtendedMasterSecret(hash, _shared, 0, sharedLength, _hash, 0, _masterSecret, 0);
            }
            else
            {
                _derivation.MasterSecret(hash, _shared, 0, sharedLength, _hello.Random, _serverRandom, _masterSecret, 0);
            }

            Array.Clear(_shared, 0, _shared.Length);
            LogSecret("CLIENT_RANDOM", _masterSecret, Tls12KeyDerivation.MasterSecretSize);
            DeriveKeyBlock();
            _state = TlsState.ExpectChangeCipherSpec;
        }

        private void DeriveKeyBlock()
        {
            _derivation.KeyBlock(_schedule.HashAlgorithm, _masterSecret, _hello.Random, _serverRandom, _keyBlock, 0,
                Tls12KeyDerivation.KeyBlockSize(_suite));
        }

        /// <summary>The client's ChangeCipherSpec (7.1): its records are protected from here on with its write keys.</summary>
        private void HandleChangeCipherSpec12()
        {
            if (_hsCount != 0)
            {
                // A handshake message may not straddle the ChangeCipherSpec.
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            int keySize = Router.Tls.CipherSuite.KeySize(_suite);
            _readCipher.InstallTls12(_suite, _keyBlock, 0, 2 * keySize);
            _state = TlsState.ExpectFinished12;
        }

        /// <summary>
        /// The client's Finished (7.4.9): verify_data = PRF(master_secret, "client finished", Hash(messages))[0..11],
        /// compared in constant time. A full handshake answers with ChangeCipherSpec and Finished and caches the
        /// session; an abbreviated one is done.
        /// </summary>
        private void HandleClientFinished12(int bodyLength)
        {
            _counters.Increment(TlsCounter.InFinished);
            if (bodyLength != Tls12KeyDerivation.VerifyDataSize)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            SnapshotTranscript();
            Tls12KeyDerivation.VerifyData(_schedule.HashAlgorithm, _masterSecret, Tls12KeyDerivation.LabelClientFinished, _hash, 0, _verifyData, 0);
            if (!FixedTimeCompare.Equal(_hs, 4, _verifyData, 0, Tls12KeyDerivation.VerifyDataSize))
            {
                _counters.Increment(TlsCounter.HsHashFailTls);
                Fail(AlertDescription.DecryptError);
                return;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            if (!_resumed)
            {
                ReserveOutput(FlightSize12());
                SendServerFinished12();
                if (_sessionIdLength > 0)
                {
                    _config.SessionCache.CompleteSession(_sessionId, 0, _suite, _masterSecret, 0, Tls12KeyDerivation.MasterSecretSize,
                        _extendedMasterSecret, _now);
                }
            }

            WipeTls12Secrets();
            WipeHandshakeSecrets();
            _state = TlsState.Connected;
            _handshakeTime = _now - _handshakeStart;
            _events |= TlsEvent.HandshakeComplete;
            _counters.Increment(TlsCounter.HandshakeOK);
        }

        /// <summary>The server's ChangeCipherSpec, its write keys, and its Finished ("server finished", 7.4.9).</summary>
        private void SendServerFinished12()
        {
            OpenRecord();
            Put8(1);
            ClosePlaintextRecord(ContentType.ChangeCipherSpec);
            _counters.Increment(TlsCounter.OutChangeCS);
            int keySize = Router.Tls.CipherSuite.KeySize(_suite);
            int ivSize = RecordCipher.Tls12IvSize(_suite);
            _writeCipher.InstallTls12(_suite, _keyBlock, keySize, 2 * keySize + ivSize);

            SnapshotTranscript();
            OpenRecord();
            int message = BeginMessage(HandshakeType.Finished);
            Tls12KeyDerivation.VerifyData(_schedule.HashAlgorithm, _masterSecret, Tls12KeyDerivation.LabelServerFinished, _hash, 0, _out, _w);
            _w += Tls12KeyDerivation.VerifyDataSize;
            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutFinished);
        }

        /// <summary>
        /// A TLS 1.2 record (RFC 5246 6.2.3.3) under the client's keys: opened in place; its type is the header's.
        /// </summary>
        private void ProcessProtectedRecord12(int type)
        {
            int length = CountedRecordOpen.Open(_readCipher, _in, _inStart, true, _counters);
            if (length < 0)
            {
                Fail(AlertDescription.BadRecordMac);
                return;
            }

            if (length > ReceiveLimit)
            {
                Fail(AlertDescription.RecordOverflow);
                return;
            }

            int start = _inStart + RecordCipher.HeaderSize + _readCipher.Tls12Prefix;
            DispatchContent(type, start, length, true);
        }

        /// <summary>
        /// Handshake data after the handshake: a ClientHello asks to renegotiate, which this server never does; it
        /// gets a no_renegotiation warning (RFC 5246 7.2.2, RFC 5746 4.4) and its body is skipped. Anything else is
        /// unexpected_message. Nothing is buffered beyond the 4-byte header.
        /// </summary>
        private void RefuseRenegotiation(int offset, int length)
        {
            int at = offset;
            int end = offset + length;
            while (at < end && _state != TlsState.Closed)
            {
                if (_renegotiationSkip > 0)
                {
                    int skip = end - at < _renegotiationSkip ? end - at : _renegotiationSkip;
                    _renegotiationSkip -= skip;
                    at += skip;
                    continue;
                }

                while (_hsCount < 4 && at < end)
                {
                    _hs[_hsCount++] = _in[at++];
                }

                if (_hsCount < 4)
                {
                    return;
                }

                _hsCount = 0;
                if (_hs[0] != HandshakeType.ClientHello)
                {
                    Fail(AlertDescription.UnexpectedMessage);
                    return;
                }

                _counters.Increment(TlsCounter.InClientHello);
                _renegotiationSkip = (_hs[1] << 16) | (_hs[2] << 8) | _hs[3];
                SendAlert(AlertDescription.NoRenegotiation);
            }
        }

        /// <summary>
        /// A TLS 1.2 warning alert (RFC 5246 7.2) other than close_notify does not end the connection, up to
        /// <see cref="MaxWarningAlerts"/>; returns true when it was such a warning.
        /// </summary>
        private bool IsTolerableWarning12(int level)
        {
            if (_version != Tls12 || level != AlertDescription.LevelWarning)
            {
                return false;
            }

            _warningAlerts++;
            return _warningAlerts <= MaxWarningAlerts;
        }

        /// <summary>A TLS 1.2 session whose connection ended with a fatal alert is not resumable (RFC 5246 7.2.2).</summary>
        private void InvalidateSession12()
        {
            if (_version == Tls12 && _sessionIdLength > 0 && _config.SessionCache != null)
            {
                _config.SessionCache.Invalidate(_sessionId, 0, _sessionIdLength);
            }
        }

        private void WipeTls12Secrets()
        {
            Array.Clear(_masterSecret, 0, _masterSecret.Length);
            Array.Clear(_keyBlock, 0, _keyBlock.Length);
            Array.Clear(_verifyData, 0, _verifyData.Length);
            _derivation.Clear();
            if (_ephemeral != null)
            {
                _ephemeral.Dispose();
                _ephemeral = null;
            }
        }
    }
}
