using System;
using Router.Core;
using Router.Enco;

namespace Router.Tls.Client
{
    /// <summary>
    /// TLS 1.2 for servers without TLS 1.3 (RFC 5246 7.3, 7.4): ServerHello -> Certificate -> ServerKeyExchange
    /// (ECDHE, RFC 8422 5.4) -> [CertificateRequest] -> ServerHelloDone; the client answers [empty Certificate],
    /// ClientKeyExchange, ChangeCipherSpec, Finished; then the server's ChangeCipherSpec and Finished. Only ECDHE
    /// with AEAD suites; the extended master secret (RFC 7627) and secure renegotiation (RFC 5746) are required,
    /// and a HelloRequest is answered with a no_renegotiation warning.
    /// </summary>
    public sealed partial class TlsClientEngine
    {
        private const int AlertNoRenegotiation = 100;
        private const int MaxPoint = 97;

        /// <summary>The last 8 bytes of a TLS 1.2 ServerHello.random from a TLS 1.3 server that was offered 1.2 only (RFC 8446 4.1.3).</summary>
        private static readonly byte[] DowngradeTls12 = new byte[] { 0x44, 0x4F, 0x57, 0x4E, 0x47, 0x52, 0x44, 0x01 };

        private readonly Tls12KeyDerivation _derivation = new Tls12KeyDerivation();
        private readonly byte[] _masterSecret = new byte[Tls12KeyDerivation.MasterSecretSize];
        private readonly byte[] _keyBlock = new byte[Tls12KeyDerivation.MaxKeyBlock];
        private readonly byte[] _clientPoint = new byte[MaxPoint];
        private bool _isTls12;
        private int _clientPointLength;
        private int _preMasterLength;

        /// <summary>The negotiated protocol version: 0x0304, 0x0303, or 0 before ServerHello.</summary>
        public int Version
        {
            get
            {
                if (_suite == 0)
                {
                    return 0;
                }

                return _isTls12 ? Tls12 : Tls13;
            }
        }

        /// <summary>The TLS 1.2 rules of a ServerHello without supported_versions; returns an alert or None.</summary>
        private int CheckTls12ServerHello(int legacyVersion, int echoAt, int echoLength, int seen, int alpnAt, int alpnLength)
        {
            if (legacyVersion != Tls12 || !_config.OfferTls12 || _retried || _isRetry)
            {
                // TLS 1.1 or older, or TLS 1.2 when it was not offered (4.2.1); a retry is TLS 1.3 only.
                _counters.Increment(TlsCounter.ClientSslVersionFail);
                return AlertDescription.ProtocolVersion;
            }

            if (_config.OfferTls13 && Same(_serverRandom, 24, DowngradeTls12, 0, 8))
            {
                // A TLS 1.3 server answered with TLS 1.2: someone removed TLS 1.3 from our hello (4.1.3).
                return AlertDescription.IllegalParameter;
            }

            if (!_config.OffersTls12Suite(_helloSuite))
            {
                return AlertDescription.IllegalParameter;
            }

            if (echoLength > 32 || (echoLength > 0 && echoLength == _sessionIdLength && Same(_hs, echoAt, _sessionId, 0, echoLength)))
            {
                // A session id longer than 32, or "resuming" the random id of our hello: no session was offered.
                _counters.Increment(TlsCounter.ClientBadSessionIdLen);
                return AlertDescription.IllegalParameter;
            }

            if ((seen & (HelloKeyShare | HelloCookie | HelloOther | HelloPreSharedKey)) != 0
                || ((seen & HelloServerName) != 0 && (_config.ServerName == null || IsAddressLiteral(_config.ServerName)))
                || ((seen & HelloAlpn) != 0 && _config.AlpnBytes() <= 0))
            {
                return AlertDescription.UnsupportedExtension;
            }

            if ((seen & HelloExtendedMasterSecret) == 0 || (seen & HelloRenegotiationInfo) == 0)
            {
                return AlertDescription.HandshakeFailure;
            }

            if (alpnAt >= 0)
            {
                int alert = ReadAlpn(alpnAt, alpnLength);
                if (alert != AlertDescription.None)
                {
                    return alert;
                }
            }

            _isTls12 = true;
            return AlertDescription.None;
        }

        /// <summary>A TLS 1.2 ServerHello: the suite's hash starts the transcript (ClientHello, ServerHello).</summary>
        private void AcceptTls12ServerHello(int bodyLength)
        {
            DisposeShares();
            _suite = _helloSuite;
            StartTranscript();
            _transcript.Update(_firstHello, 0, _firstHelloLength);
            _transcript.Update(_hs, 0, 4 + bodyLength);
            _state = TlsClientState.Tls12ExpectCertificate;
        }

        /// <summary>Dispatches a TLS 1.2 handshake message on the state.</summary>
        private void HandleTls12Message(int type, int bodyLength)
        {
            int state = _state;
            if (state == TlsClientState.Tls12ExpectCertificate && type == HandshakeType.Certificate)
            {
                Decoded(HandleTls12Certificate(bodyLength), bodyLength);
            }
            else if (state == TlsClientState.Tls12ExpectServerKeyExchange && type == HandshakeType.ServerKeyExchange)
            {
                Decoded(HandleServerKeyExchange(bodyLength), bodyLength);
            }
            else if (state == TlsClientState.Tls12ExpectHelloDone && type == HandshakeType.CertificateRequest && !_certificateRequested)
            {
                Decoded(HandleTls12CertificateRequest(bodyLength), bodyLength);
            }
            else if (state == TlsClientState.Tls12ExpectHelloDone && type == HandshakeType.ServerHelloDone)
            {
                _counters.Increment(TlsCounter.ClientInHelloDone);
                if (bodyLength != 0)
                {
                    Fail(AlertDescription.DecodeError);
                    return;
                }

                _transcript.Update(_hs, 0, 4);
                SendTls12ClientFlight();
            }
            else if (state == TlsClientState.Tls12ExpectFinished && type == HandshakeType.Finished)
            {
                HandleTls12ServerFinished(bodyLength);
            }
            else
            {
                if (type == HandshakeType.Finished && state == TlsClientState.Tls12ExpectChangeCipherSpec)
                {
                    _counters.Increment(TlsCounter.ClientRxFinBeforeChangeCS);
                }
                else if (state != TlsClientState.Tls12ExpectChangeCipherSpec)
                {
                    _counters.Increment(TlsCounter.ClientMissingMessageFail);
                }

                Fail(AlertDescription.UnexpectedMessage);
            }
        }

        /// <summary>Certificate (RFC 5246 7.4.2): certificate_list, leaf first; the leaf's key must fit the suite.</summary>
        private int HandleTls12Certificate(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInCert);
            _chain.Reset(_hs);
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                int listLength = m.ReadUInt24();
                if (listLength != m.Remaining)
                {
                    return AlertDescription.DecodeError;
                }

                while (!m.IsAtEnd)
                {
                    int certificateLength = m.ReadUInt24();
                    int at = m.Skip(certificateLength);
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

            int alert = AcceptChain(TlsClientState.Tls12ExpectServerKeyExchange);
            if (alert != AlertDescription.None)
            {
                return alert;
            }

            bool ecdsaSuite = Router.Tls.CipherSuite.IsEcdsa(_suite);
            bool ecKey = _peerKeyType == EncoKeyType.EcP256 || _peerKeyType == EncoKeyType.EcP384;
            return ecdsaSuite == ecKey ? AlertDescription.None : AlertUnsupportedCertificate;
        }

        /// <summary>
        /// ServerKeyExchange (RFC 8422 5.4): named_curve params signed over client_random + server_random + params
        /// with the leaf's key; then our ephemeral key for that group gives the premaster secret (5.10).
        /// </summary>
        private int HandleServerKeyExchange(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInSKE);
            int curveType;
            int group;
            int pointLength;
            int pointAt;
            int paramsEnd;
            int scheme;
            int signatureLength;
            int signatureAt;
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                curveType = m.ReadUInt8();
                group = m.ReadUInt16();
                pointLength = m.ReadUInt8();
                pointAt = m.Skip(pointLength);
                paramsEnd = m.Position;
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

            // named_curve (3) only, a group we offered, an uncompressed point of the right size (RFC 8422 5.4).
            if (curveType != 3 || !_config.OffersGroup(group) || pointLength != NamedGroup.ShareSize(group)
                || (group != NamedGroup.X25519 && _hs[pointAt] != 4))
            {
                return AlertDescription.IllegalParameter;
            }

            int hash = ServerSignatureScheme.Tls12VerifyHash(scheme, _peerKeyType);
            if (hash == 0)
            {
                return AlertDescription.IllegalParameter;
            }

            EncoHash signed = new EncoHash(hash, _signedContext, 0);
            signed.Update(_random, 0, 32);
            signed.Update(_serverRandom, 0, 32);
            signed.Update(_hs, 4, paramsEnd - 4);
            signed.Finish(_digest, 0);
            signed.Dispose();
            int digestSize = EncoHashAlgorithm.DigestSize(hash);
            bool valid;
            try
            {
                valid = _peerKeyType == EncoKeyType.Rsa
                    ? Rsa.Verify(_peerKey, 0, _peerKeyLength, EncoKeyFormat.PublicSpki, ServerSignatureScheme.IsPss(scheme) ? Rsa.Pss : Rsa.Pkcs1V15,
                        hash, _digest, 0, digestSize, _hs, signatureAt, signatureLength)
                    : Ecdsa.Verify(_peerKeyType, _peerKey, 0, _peerKeyLength, EncoKeyFormat.PublicSpki, _digest, 0, digestSize, Ecdsa.Der,
                        _hs, signatureAt, signatureLength);
            }
            catch (EncoException)
            {
                valid = false;
            }

            if (!valid)
            {
                return AlertDescription.DecryptError;
            }

            EncoKey key = _config.Entropy.NewEphemeralKey(NamedGroup.KeyType(group));
            try
            {
                _clientPointLength = key.ExportPublic(EncoKeyFormat.PublicRaw, _clientPoint, 0);
                try
                {
                    _preMasterLength = KeyAgreement.Agree(key, EncoKeyFormat.PublicRaw, _hs, pointAt, pointLength, _shared, 0);
                }
                catch (EncoException)
                {
                    // Not on the curve, or an all-zero X25519 secret.
                    return AlertDescription.IllegalParameter;
                }
            }
            finally
            {
                key.Dispose();
            }

            _group = group;
            _peerScheme = scheme;
            _state = TlsClientState.Tls12ExpectHelloDone;
            return AlertDescription.None;
        }

        /// <summary>CertificateRequest (RFC 5246 7.4.4): this client has none, so it will send an empty Certificate (7.4.6).</summary>
        private int HandleTls12CertificateRequest(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInCertRequest);
            try
            {
                ByteReader m = _message;
                m.Reset(_hs, 4, bodyLength);
                int types = m.ReadUInt8();
                m.Skip(types);
                int algorithms = m.ReadUInt16();
                m.Skip(algorithms);
                int authorities = m.ReadUInt16();
                m.Skip(authorities);
                if (!m.IsAtEnd || types == 0 || algorithms < 2)
                {
                    return AlertDescription.DecodeError;
                }
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            _certificateRequested = true;
            return AlertDescription.None;
        }

        /// <summary>
        /// The client's flight: [empty Certificate], ClientKeyExchange (our point), then the extended master secret
        /// over the session hash (RFC 7627 4), the key block (RFC 5246 6.3), ChangeCipherSpec and the encrypted
        /// Finished (7.4.9). The server's read keys wait for its ChangeCipherSpec.
        /// </summary>
        private void SendTls12ClientFlight()
        {
            CompactOutput();
            if (_certificateRequested)
            {
                OpenRecord();
                int certificate = BeginMessage(HandshakeType.Certificate);
                Put24(0);
                EndMessage(certificate);
                ClosePlaintextRecord(ContentType.Handshake, 3);
                _counters.Increment(TlsCounter.ClientOutCert);
                _counters.Increment(TlsCounter.ClientNoCert);
            }

            OpenRecord();
            int exchange = BeginMessage(HandshakeType.ClientKeyExchange);
            Put8(_clientPointLength);
            PutBytes(_clientPoint, 0, _clientPointLength);
            EndMessage(exchange);
            ClosePlaintextRecord(ContentType.Handshake, 3);
            _counters.Increment(TlsCounter.ClientOutCKE);

            int hash = Router.Tls.CipherSuite.Hash(_suite);
            SnapshotTranscript();
            _derivation.ExtendedMasterSecret(hash, _shared, 0, _preMasterLength, _hash, 0, _masterSecret, 0);
            Array.Clear(_shared, 0, _shared.Length);
            LogSecret("CLIENT_RANDOM", _masterSecret, Tls12KeyDerivation.MasterSecretSize);
            _derivation.KeyBlock(hash, _masterSecret, _random, _serverRandom, _keyBlock, 0, Tls12KeyDerivation.KeyBlockSize(_suite));

            OpenRecord();
            Put8(1);
            ClosePlaintextRecord(ContentType.ChangeCipherSpec, 3);
            _counters.Increment(TlsCounter.ClientOutChangeCS);

            // key_block = client_write_key, server_write_key, client_write_IV, server_write_IV (6.3).
            int keySize = Router.Tls.CipherSuite.KeySize(_suite);
            _writeCipher.InstallTls12(_suite, _keyBlock, 0, 2 * keySize);

            SnapshotTranscript();
            OpenRecord();
            int finished = BeginMessage(HandshakeType.Finished);
            Tls12KeyDerivation.VerifyData(hash, _masterSecret, Tls12KeyDerivation.LabelClientFinished, _hash, 0, _out, _w);
            _w += Tls12KeyDerivation.VerifyDataSize;
            EndMessage(finished);
            CloseProtectedRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.ClientOutFinished);
            _state = TlsClientState.Tls12ExpectChangeCipherSpec;
        }

        /// <summary>The server's ChangeCipherSpec (RFC 5246 7.1): exactly [1], with no handshake message pending; its keys start here.</summary>
        private void ProcessTls12ChangeCipherSpec(int offset, int length)
        {
            if (length != 1 || _in[offset] != 1 || _state != TlsClientState.Tls12ExpectChangeCipherSpec || _hsCount != 0)
            {
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            int keySize = Router.Tls.CipherSuite.KeySize(_suite);
            int ivSize = RecordCipher.Tls12IvSize(_suite);
            _readCipher.InstallTls12(_suite, _keyBlock, keySize, 2 * keySize + ivSize);
            Array.Clear(_keyBlock, 0, _keyBlock.Length);
            _state = TlsClientState.Tls12ExpectFinished;
        }

        /// <summary>The server's Finished (7.4.9): PRF(master_secret, "server finished", Hash(..client Finished)), compared in constant time.</summary>
        private void HandleTls12ServerFinished(int bodyLength)
        {
            _counters.Increment(TlsCounter.ClientInFinished);
            if (bodyLength != Tls12KeyDerivation.VerifyDataSize)
            {
                Fail(AlertDescription.DecodeError);
                return;
            }

            SnapshotTranscript();
            Tls12KeyDerivation.VerifyData(Router.Tls.CipherSuite.Hash(_suite), _masterSecret, Tls12KeyDerivation.LabelServerFinished,
                _hash, 0, _expectedFinished, 0);
            if (!FixedTimeCompare.Equal(_hs, 4, _expectedFinished, 0, Tls12KeyDerivation.VerifyDataSize))
            {
                _counters.Increment(TlsCounter.ClientHsHashFailTls);
                Fail(AlertDescription.DecryptError);
                return;
            }

            WipeHandshakeSecrets();
            _state = TlsClientState.Connected;
            _handshakeTime = _now - _handshakeStart;
            _events |= TlsEvent.HandshakeComplete;
            _counters.Increment(TlsCounter.HandshakeOK);
        }

        /// <summary>After a TLS 1.2 handshake only HelloRequest may come; renegotiation is refused with a warning (RFC 5246 7.4.1.1).</summary>
        private void HandleTls12PostHandshake(int type, int bodyLength)
        {
            if (type != 0 || bodyLength != 0)
            {
                Fail(AlertDescription.UnexpectedMessage);
                return;
            }

            _counters.Increment(TlsCounter.ClientInHelloRequest);
            SendAlert(AlertNoRenegotiation);
        }

        /// <summary>A TLS 1.2 protected record (RFC 5246 6.2.3.3): the type is in the header, opened in place.</summary>
        private void ProcessTls12Record(int type)
        {
            int plain = CountedRecordOpen.Open(_readCipher, _in, _inStart, true, _counters);
            if (plain < 0)
            {
                Fail(AlertDescription.BadRecordMac);
                return;
            }

            if (plain > MaxPlaintext)
            {
                Fail(AlertDescription.RecordOverflow);
                return;
            }

            int start = _inStart + RecordCipher.HeaderSize + _readCipher.Tls12Prefix;
            DispatchContent(type, start, plain, type == ContentType.ChangeCipherSpec ? TlsCounter.InChangeCS : TlsCounter.InUnknown);
        }
    }
}
