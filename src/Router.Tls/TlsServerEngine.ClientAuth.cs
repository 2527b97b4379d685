using System;
using Router.Core;
using Router.Enco;
using Router.Tls.Client;

namespace Router.Tls
{
    /// <summary>
    /// Client certificate authentication (seed 003's "double authentication"), when
    /// <see cref="TlsServerConfig.ClientAuth"/> asks for it:
    /// TLS 1.3 (RFC 8446 4.3.2, 4.4.2, 4.4.3): {CertificateRequest} in the server flight, then the client's
    /// {Certificate}, {CertificateVerify} (when the list is not empty) and {Finished}, all in the transcript;
    /// TLS 1.2 (RFC 5246 7.4.4, 7.4.6, 7.4.8): CertificateRequest before ServerHelloDone, then Certificate,
    /// ClientKeyExchange, CertificateVerify over the handshake messages so far, ChangeCipherSpec, Finished.
    /// The chain goes to <see cref="TlsServerConfig.ClientVerifier"/>; the signature is checked here with the
    /// leaf's key. Client-authenticated sessions are never cached nor resumed (see <see cref="ResumptionAllowed"/>).
    /// </summary>
    public sealed partial class TlsServerEngine
    {
        private const int AlertUnsupportedCertificate = 43;
        private const int AlertCertificateUnknown = 46;
        private const int AlertCertificateRequired = 116;

        /// <summary>The certificate_authorities extension (RFC 8446 4.2.4).</summary>
        private const int CertificateAuthoritiesExtension = 47;

        /// <summary>Largest client SubjectPublicKeyInfo kept for CertificateVerify (RSA-4096 is about 550 bytes).</summary>
        private const int MaxClientKey = 600;

        /// <summary>TLS 1.3 CertificateRequest signature_algorithms (4.2.3): what CertificateVerify may use.</summary>
        private static readonly int[] ClientSchemes13 = new int[]
        {
            SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.EcdsaSecp384r1Sha384,
            SignatureScheme.RsaPssRsaeSha256, SignatureScheme.RsaPssRsaeSha384,
        };

        /// <summary>
        /// TLS 1.2 supported_signature_algorithms by the PRF hash: the engine keeps one running transcript hash, so
        /// the client must sign with that hash (7.4.8 lets the server restrict the list, 7.4.4).
        /// </summary>
        private static readonly int[] ClientSchemes12Sha256 = new int[] { 0x0403, 0x0804, 0x0401 };
        private static readonly int[] ClientSchemes12Sha384 = new int[] { 0x0503, 0x0805, 0x0501 };

        /// <summary>64 spaces, the client's context string and a zero byte (4.4.3).</summary>
        private static readonly byte[] ClientVerifyPrefix = CertificateVerifyContent.ClientPrefix;

        private readonly CertificatePublicKey _clientSpki = new CertificatePublicKey();
        private readonly ByteReader _clientAuthReader = new ByteReader();
        private TlsCertificateChain _clientChain;
        private byte[] _clientKey;
        private int _clientKeyLength;
        private int _clientKeyType;
        private byte[] _clientCertificate;
        private bool _clientCertificatePending;
        private bool _clientAuthenticated;

        /// <summary>True when the client presented a certificate chain the verifier accepted and proved its key (CertificateVerify).</summary>
        public bool ClientAuthenticated
        {
            get { return _clientAuthenticated; }
        }

        /// <summary>The client's end-entity certificate (DER copy) once authenticated, else null.</summary>
        public byte[] ClientCertificate
        {
            get { return _clientAuthenticated ? _clientCertificate : null; }
        }

        /// <summary>No resumption with client authentication: a resumed session would skip the client's certificate.</summary>
        private bool ResumptionAllowed
        {
            get { return _config.ClientAuth == TlsClientAuth.None; }
        }

        private bool AsksClientCertificate
        {
            get { return _config.ClientAuth == TlsClientAuth.Request || _config.ClientAuth == TlsClientAuth.Require; }
        }

        /// <summary>TLS 1.3 states in which the client's encrypted second flight arrives (compatibility CCS, plaintext alerts).</summary>
        private bool AwaitsClientFlight13
        {
            get
            {
                return _state == TlsState.ExpectFinished || _state == TlsState.ExpectClientCertificate
                    || _state == TlsState.ExpectClientCertificateVerify;
            }
        }

        private static bool IsClientAuthState(int state)
        {
            return state >= TlsState.ExpectClientCertificate && state <= TlsState.ExpectClientCertificateVerify12;
        }

        /// <summary>
        /// One handshake message in a client-authentication state; returns true when the message changes the read
        /// keys (so nothing may follow it in the record): only the TLS 1.2 CertificateVerify, before ChangeCipherSpec.
        /// </summary>
        private bool HandleClientAuthMessage(int type, int bodyLength)
        {
            int expected = _state == TlsState.ExpectClientCertificate || _state == TlsState.ExpectClientCertificate12
                ? HandshakeType.Certificate : HandshakeType.CertificateVerify;
            if (type != expected)
            {
                // A missing Certificate or CertificateVerify (RFC 8446 4.4.2 / RFC 5246 7.4.6, 7.4.8).
                Fail(AlertDescription.UnexpectedMessage);
                return false;
            }

            int alert;
            bool tls13 = _state == TlsState.ExpectClientCertificate || _state == TlsState.ExpectClientCertificateVerify;
            if (expected == HandshakeType.Certificate)
            {
                _counters.Increment(TlsCounter.InCert);
                alert = HandleClientCertificate(tls13, bodyLength);
            }
            else
            {
                _counters.Increment(TlsCounter.InCertVerify);
                alert = tls13 ? HandleClientCertificateVerify13(bodyLength) : HandleClientCertificateVerify12(bodyLength);
            }

            if (alert != AlertDescription.None)
            {
                Fail(alert);
                return false;
            }

            return !tls13 && expected == HandshakeType.CertificateVerify;
        }

        /// <summary>After ClientKeyExchange: a client that sent a certificate proves its key next (7.4.8).</summary>
        private bool AfterClientKeyExchange()
        {
            if (_clientCertificatePending && _state == TlsState.ExpectChangeCipherSpec)
            {
                _state = TlsState.ExpectClientCertificateVerify12;
                return false;
            }

            return true;
        }

        /// <summary>
        /// TLS 1.3 CertificateRequest (4.3.2): empty certificate_request_context, signature_algorithms, and
        /// certificate_authorities (4.2.4) when the config names the acceptable CAs.
        /// </summary>
        private void WriteCertificateRequest13()
        {
            int authorities = CertificateAuthoritiesLength();
            OpenRecord();
            int message = BeginMessage(HandshakeType.CertificateRequest);
            Put8(0);
            Put16(6 + 2 * ClientSchemes13.Length + (authorities > 0 ? 6 + authorities : 0));
            if (authorities > 0)
            {
                Put16(CertificateAuthoritiesExtension);
                Put16(2 + authorities);
                PutCertificateAuthorities(authorities);
            }

            Put16(ExtensionType.SignatureAlgorithms);
            Put16(2 + 2 * ClientSchemes13.Length);
            Put16(2 * ClientSchemes13.Length);
            for (int i = 0; i < ClientSchemes13.Length; i++)
            {
                Put16(ClientSchemes13[i]);
            }

            EndMessage(message);
            CloseProtectedRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutCertRequest);
        }

        /// <summary>
        /// TLS 1.2 CertificateRequest (7.4.4): certificate_types rsa_sign(1), ecdsa_sign(64) (RFC 8422 5.5), the
        /// signature algorithms of the PRF hash, the configured certificate_authorities (possibly none).
        /// </summary>
        private void WriteCertificateRequest12()
        {
            int authorities = CertificateAuthoritiesLength();
            int[] schemes = ClientSchemes12();
            OpenRecord();
            int message = BeginMessage(HandshakeType.CertificateRequest);
            Put8(2);
            Put8(1);
            Put8(64);
            Put16(2 * schemes.Length);
            for (int i = 0; i < schemes.Length; i++)
            {
                Put16(schemes[i]);
            }

            PutCertificateAuthorities(authorities);
            EndMessage(message);
            ClosePlaintextRecord(ContentType.Handshake);
            _counters.Increment(TlsCounter.OutCertRequest);
        }

        /// <summary>Bytes of DistinguishedName entries (2-byte length each) of the configured CAs; 0 for none, or too many.</summary>
        private int CertificateAuthoritiesLength()
        {
            byte[][] names = _config.ClientCertificateAuthorities;
            if (names == null)
            {
                return 0;
            }

            int total = 0;
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] == null || names[i].Length == 0 || names[i].Length > 0xFFFF)
                {
                    return 0;
                }

                total += 2 + names[i].Length;
                if (total > TlsServerConfig.MaxCertificateAuthorities)
                {
                    return 0;
                }
            }

            return total;
        }

        /// <summary>DistinguishedName certificate_authorities&lt;0..2^16-1&gt; (RFC 5246 7.4.4, RFC 8446 4.2.4) of <paramref name="length"/> bytes.</summary>
        private void PutCertificateAuthorities(int length)
        {
            Put16(length);
            if (length == 0)
            {
                return;
            }

            byte[][] names = _config.ClientCertificateAuthorities;
            for (int i = 0; i < names.Length; i++)
            {
                Put16(names[i].Length);
                PutBytes(names[i], 0, names[i].Length);
            }
        }

        private int[] ClientSchemes12()
        {
            return _schedule.HashAlgorithm == EncoHashAlgorithm.Sha384 ? ClientSchemes12Sha384 : ClientSchemes12Sha256;
        }

        /// <summary>
        /// The client's Certificate (RFC 8446 4.4.2 / RFC 5246 7.4.2): an empty list is accepted in Request mode only;
        /// else the leaf's key is kept for CertificateVerify and the chain goes to the verifier.
        /// </summary>
        private int HandleClientCertificate(bool tls13, int bodyLength)
        {
            if (_clientChain == null)
            {
                _clientChain = new TlsCertificateChain();
            }

            _clientChain.Reset(_hs);
            try
            {
                ByteReader m = _clientAuthReader;
                m.Reset(_hs, 4, bodyLength);
                if (tls13 && m.ReadUInt8() != 0)
                {
                    // The context of our CertificateRequest was empty (4.4.2).
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
                    if (tls13)
                    {
                        m.Skip(m.ReadUInt16());
                    }

                    if (certificateLength == 0)
                    {
                        return AlertDescription.DecodeError;
                    }

                    if (!_clientChain.Add(at, certificateLength))
                    {
                        return AlertDescription.BadCertificate;
                    }
                }
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }

            int alert = _clientChain.Count == 0 ? AcceptNoCertificate(tls13) : AcceptClientChain();
            _clientChain.Release();
            if (alert != AlertDescription.None)
            {
                return alert;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            if (tls13)
            {
                if (_clientCertificatePending)
                {
                    _state = TlsState.ExpectClientCertificateVerify;
                }
                else
                {
                    ExpectClientFinished13();
                }
            }
            else
            {
                _state = TlsState.ExpectClientKeyExchange;
            }

            return AlertDescription.None;
        }

        /// <summary>An empty Certificate: fine when only requested; required: certificate_required (8446 4.4.2.4) or handshake_failure (5246 7.4.6).</summary>
        private int AcceptNoCertificate(bool tls13)
        {
            if (_config.ClientAuth != TlsClientAuth.Require)
            {
                return AlertDescription.None;
            }

            return tls13 ? AlertCertificateRequired : AlertDescription.HandshakeFailure;
        }

        /// <summary>The leaf's SubjectPublicKeyInfo (kept), a copy of the leaf, and the verifier's decision.</summary>
        private int AcceptClientChain()
        {
            int leafAt = _clientChain.Offset(0);
            int leafLength = _clientChain.Length(0);
            if (!_clientSpki.Find(_hs, leafAt, leafLength))
            {
                return AlertDescription.BadCertificate;
            }

            if (_clientSpki.KeyType == 0 || _clientSpki.Length > MaxClientKey)
            {
                return AlertUnsupportedCertificate;
            }

            int verdict = VerifyClientChain();
            if (verdict != AlertDescription.None)
            {
                return verdict;
            }

            if (_clientKey == null)
            {
                _clientKey = new byte[MaxClientKey];
            }

            Array.Copy(_hs, _clientSpki.Offset, _clientKey, 0, _clientSpki.Length);
            _clientKeyLength = _clientSpki.Length;
            _clientKeyType = _clientSpki.KeyType;
            _clientCertificate = new byte[leafLength];
            Array.Copy(_hs, leafAt, _clientCertificate, 0, leafLength);
            _clientCertificatePending = true;
            return AlertDescription.None;
        }

        /// <summary>The verifier's decision; none configured, a throw or a nonsense answer refuse (certificate_unknown).</summary>
        private int VerifyClientChain()
        {
            return CertificateVerdict.Ask(_config.ClientVerifier, _clientChain, null);
        }

        /// <summary>
        /// TLS 1.3 CertificateVerify (4.4.3): a scheme of our CertificateRequest that fits the leaf's key, over 64
        /// spaces || "TLS 1.3, client CertificateVerify" || 0 || Transcript-Hash(ClientHello..client Certificate).
        /// </summary>
        private int HandleClientCertificateVerify13(int bodyLength)
        {
            int scheme;
            int signatureAt;
            int signatureLength;
            if (!ReadDigitallySigned(bodyLength, out scheme, out signatureAt, out signatureLength))
            {
                return AlertDescription.DecodeError;
            }

            int hash = Offers(ClientSchemes13, scheme) ? ServerSignatureScheme.VerifyHash(scheme, _clientKeyType) : 0;
            if (hash == 0)
            {
                return AlertDescription.IllegalParameter;
            }

            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            _fork.Dispose();
            EncoHash signed = new EncoHash(hash, _forkContext, 0);
            signed.Update(ClientVerifyPrefix, 0, ClientVerifyPrefix.Length);
            signed.Update(_hash, 0, hashSize);
            signed.Finish(_hash, 0);
            signed.Dispose();
            _fork = new EncoHash(_schedule.HashAlgorithm, _forkContext, 0);
            if (!VerifyClientSignature(ServerSignatureScheme.IsPss(scheme) ? Rsa.Pss : Rsa.Pkcs1V15, hash, signatureAt, signatureLength))
            {
                return AlertDescription.DecryptError;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            _clientAuthenticated = true;
            ExpectClientFinished13();
            return AlertDescription.None;
        }

        /// <summary>
        /// TLS 1.2 CertificateVerify (7.4.8): a SignatureAndHashAlgorithm of our CertificateRequest fitting the key,
        /// over the handshake messages from ClientHello up to (not including) this one.
        /// </summary>
        private int HandleClientCertificateVerify12(int bodyLength)
        {
            int scheme;
            int signatureAt;
            int signatureLength;
            if (!ReadDigitallySigned(bodyLength, out scheme, out signatureAt, out signatureLength))
            {
                return AlertDescription.DecodeError;
            }

            int hash = Offers(ClientSchemes12(), scheme) ? ServerSignatureScheme.Tls12VerifyHash(scheme, _clientKeyType) : 0;
            if (hash == 0 || hash != _schedule.HashAlgorithm)
            {
                return AlertDescription.IllegalParameter;
            }

            SnapshotTranscript();
            if (!VerifyClientSignature(ServerSignatureScheme.IsPss(scheme) ? Rsa.Pss : Rsa.Pkcs1V15, hash, signatureAt, signatureLength))
            {
                return AlertDescription.DecryptError;
            }

            _transcript.Update(_hs, 0, 4 + bodyLength);
            _clientAuthenticated = true;
            _state = TlsState.ExpectChangeCipherSpec;
            return AlertDescription.None;
        }

        /// <summary>Reads DigitallySigned (scheme, signature&lt;0..2^16-1&gt;) filling the whole body.</summary>
        private bool ReadDigitallySigned(int bodyLength, out int scheme, out int signatureAt, out int signatureLength)
        {
            scheme = 0;
            signatureAt = 0;
            signatureLength = 0;
            try
            {
                ByteReader m = _clientAuthReader;
                m.Reset(_hs, 4, bodyLength);
                scheme = m.ReadUInt16();
                signatureLength = m.ReadUInt16();
                signatureAt = m.Skip(signatureLength);
                return m.IsAtEnd && signatureLength > 0;
            }
            catch (MalformedInputException)
            {
                return false;
            }
        }

        /// <summary>Checks the signature over the digest in <see cref="_hash"/> with the client's leaf key (ECDSA DER, RSA PSS / PKCS #1).</summary>
        private bool VerifyClientSignature(int padding, int hash, int signatureAt, int signatureLength)
        {
            int digestSize = EncoHashAlgorithm.DigestSize(hash);
            try
            {
                return _clientKeyType == EncoKeyType.Rsa
                    ? Rsa.Verify(_clientKey, 0, _clientKeyLength, EncoKeyFormat.PublicSpki, padding, hash, _hash, 0, digestSize, _hs, signatureAt, signatureLength)
                    : Ecdsa.Verify(_clientKeyType, _clientKey, 0, _clientKeyLength, EncoKeyFormat.PublicSpki, _hash, 0, digestSize, Ecdsa.Der, _hs, signatureAt, signatureLength);
            }
            catch (EncoException)
            {
                return false;
            }
        }

        /// <summary>
        /// The client's Finished now covers its Certificate and CertificateVerify (4.4.4): HMAC(finished_key of the
        /// client handshake secret, Transcript-Hash(ClientHello..client CertificateVerify)).
        /// </summary>
        private void ExpectClientFinished13()
        {
            int hashSize = _schedule.HashSize;
            SnapshotTranscript();
            _schedule.ExpandLabel(_clientHandshakeSecret, KeySchedule.LabelFinished, null, 0, 0, _finishedKey, 0, hashSize);
            Hmac.Compute(_schedule.HashAlgorithm, _finishedKey, 0, hashSize, _hash, 0, hashSize, _expectedFinished, 0);
            Array.Clear(_finishedKey, 0, _finishedKey.Length);
            _state = TlsState.ExpectFinished;
        }

        private static bool Offers(int[] schemes, int scheme)
        {
            for (int i = 0; i < schemes.Length; i++)
            {
                if (schemes[i] == scheme)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
