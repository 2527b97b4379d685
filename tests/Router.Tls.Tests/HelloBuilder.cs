using System;

namespace Router.Tls.Tests
{
    /// <summary>Builds ClientHello records (TLS 1.3 or TLS 1.2) with chosen suites, versions, groups, shares and extensions.</summary>
    internal sealed class HelloBuilder
    {
        public int[] Suites = new int[] { 0x0A0A, CipherSuite.ChaCha20Poly1305Sha256, CipherSuite.Aes128GcmSha256 };
        public int[] Versions = new int[] { 0x3A3A, 0x0304, 0x0303 };
        public int[] Groups = new int[] { 0x2A2A, 0x11EC, NamedGroup.X25519, NamedGroup.Secp256r1 };
        public int[] SignatureSchemes = new int[] { 0x0904, SignatureScheme.EcdsaSecp256r1Sha256, SignatureScheme.RsaPssRsaeSha256 };
        public int ShareGroup = NamedGroup.X25519;
        public byte[] Share = Hex.Decode(Rfc8448ClientShare);
        public string ServerName = "router.example";
        public bool Alpn = true;
        public int SessionIdLength = 32;
        public bool WithExtensions = true;

        /// <summary>ClientHello.legacy_version / client_version and the record's version.</summary>
        public int LegacyVersion = 0x0303;
        public int RecordVersion = 0x0301;

        /// <summary>The session ID's bytes (else 0xE0, 0xE1, ...); its length is <see cref="SessionIdLength"/>.</summary>
        public byte[] SessionId;

        /// <summary>ClientHello.random (else 0, 1, ..., 31).</summary>
        public byte[] Random;

        /// <summary>TLS 1.2 extensions: extended_master_secret, renegotiation_info (its content), ec_point_formats (its list).</summary>
        public bool ExtendedMasterSecret;
        public byte[] RenegotiationInfo;
        public byte[] PointFormats;

        /// <summary>record_size_limit (RFC 8449) when above 0.</summary>
        public int RecordSizeLimit;

        /// <summary>Send supported_groups without a key_share (TLS 1.2), or key_share without supported_groups when false and Groups is null.</summary>
        public bool WithKeyShare = true;

        /// <summary>A share sent before the main one, as Chromium sends X25519MLKEM768 (0x11EC, 1216 bytes) first; 0: none.</summary>
        public int FirstShareGroup;
        public int FirstShareLength;

        /// <summary>RFC 8448's client x25519 public key.</summary>
        public const string Rfc8448ClientShare = "99381de560e4bd43d23d8e435a7dbafeb3c06e51c13cae4d5413691e529aaf2c";

        /// <summary>A TLS 1.2 hello: no supported_versions or key_share, the ECDHE suites, EMS and renegotiation_info.</summary>
        public static HelloBuilder Tls12()
        {
            HelloBuilder hello = new HelloBuilder();
            hello.Versions = null;
            hello.WithKeyShare = false;
            hello.SessionIdLength = 0;
            hello.Suites = new int[]
            {
                0x0A0A, CipherSuite.EcdheEcdsaAes256GcmSha384, CipherSuite.EcdheEcdsaAes128GcmSha256, CipherSuite.EcdheRsaAes128GcmSha256,
                CipherSuite.EcdheEcdsaChaCha20Poly1305Sha256, CipherSuite.EcdheRsaChaCha20Poly1305Sha256, CipherSuite.EcdheRsaAes256GcmSha384,
                0x009C, CipherSuite.EmptyRenegotiationInfoScsv,
            };
            hello.ExtendedMasterSecret = true;
            hello.RenegotiationInfo = new byte[0];
            hello.PointFormats = new byte[] { 0 };
            return hello;
        }

        private byte[] _buffer = new byte[4096];
        private int _w;

        public byte[] Record()
        {
            _w = 0;
            Put8(22);
            Put16(RecordVersion);
            int recordLength = Mark(2);
            Put8(HandshakeType.ClientHello);
            int messageLength = Mark(3);
            Put16(LegacyVersion);
            for (int i = 0; i < 32; i++)
            {
                Put8(Random != null ? Random[i] : i);
            }

            Put8(SessionIdLength);
            for (int i = 0; i < SessionIdLength; i++)
            {
                Put8(SessionId != null ? SessionId[i] : 0xE0 + i);
            }

            Put16(Suites.Length * 2);
            for (int i = 0; i < Suites.Length; i++)
            {
                Put16(Suites[i]);
            }

            Put8(1);
            Put8(0);
            if (WithExtensions)
            {
                int extensions = Mark(2);
                Extension(0xDADA, new byte[0]);
                if (ServerName != null)
                {
                    int start = BeginExtension(ExtensionType.ServerName);
                    Put16(3 + ServerName.Length);
                    Put8(0);
                    Put16(ServerName.Length);
                    PutBytes(Hex.Ascii(ServerName));
                    EndMark(start, 2);
                }

                if (Versions != null)
                {
                    int start = BeginExtension(ExtensionType.SupportedVersions);
                    Put8(Versions.Length * 2);
                    PutList(Versions);
                    EndMark(start, 2);
                }

                if (Groups != null)
                {
                    int start = BeginExtension(ExtensionType.SupportedGroups);
                    Put16(Groups.Length * 2);
                    PutList(Groups);
                    EndMark(start, 2);
                }

                if (SignatureSchemes != null)
                {
                    int start = BeginExtension(ExtensionType.SignatureAlgorithms);
                    Put16(SignatureSchemes.Length * 2);
                    PutList(SignatureSchemes);
                    EndMark(start, 2);
                }

                if (Alpn)
                {
                    int start = BeginExtension(ExtensionType.Alpn);
                    Put16(3 + 9);
                    Put8(2);
                    PutBytes(Hex.Ascii("h2"));
                    Put8(8);
                    PutBytes(Hex.Ascii("http/1.1"));
                    EndMark(start, 2);
                }

                if (ExtendedMasterSecret)
                {
                    Extension(ExtensionType.ExtendedMasterSecret, new byte[0]);
                }

                if (RenegotiationInfo != null)
                {
                    int start = BeginExtension(ExtensionType.RenegotiationInfo);
                    Put8(RenegotiationInfo.Length);
                    PutBytes(RenegotiationInfo);
                    EndMark(start, 2);
                }

                if (PointFormats != null)
                {
                    int start = BeginExtension(ExtensionType.EcPointFormats);
                    Put8(PointFormats.Length);
                    PutBytes(PointFormats);
                    EndMark(start, 2);
                }

                if (RecordSizeLimit > 0)
                {
                    int start = BeginExtension(ExtensionType.RecordSizeLimit);
                    Put16(RecordSizeLimit);
                    EndMark(start, 2);
                }

                if (WithKeyShare)
                {
                    int shares = BeginExtension(ExtensionType.KeyShare);
                    int list = Mark(2);
                    if (FirstShareGroup != 0)
                    {
                        Put16(FirstShareGroup);
                        Put16(FirstShareLength);
                        for (int i = 0; i < FirstShareLength; i++)
                        {
                            Put8(i);
                        }
                    }

                    if (ShareGroup != 0)
                    {
                        Put16(ShareGroup);
                        Put16(Share.Length);
                        PutBytes(Share);
                    }

                    EndMark(list, 2);
                    EndMark(shares, 2);
                }
                Extension(0x1A1A, new byte[] { 0 });
                EndMark(extensions, 2);
            }

            EndMark(messageLength, 3);
            EndMark(recordLength, 2);
            byte[] record = new byte[_w];
            Array.Copy(_buffer, 0, record, 0, _w);
            return record;
        }

        private void Extension(int type, byte[] body)
        {
            int start = BeginExtension(type);
            PutBytes(body);
            EndMark(start, 2);
        }

        private int BeginExtension(int type)
        {
            Put16(type);
            return Mark(2);
        }

        private int Mark(int size)
        {
            int at = _w;
            _w += size;
            return at;
        }

        private void EndMark(int at, int size)
        {
            int length = _w - at - size;
            if (size == 3)
            {
                _buffer[at] = (byte)(length >> 16);
                at++;
            }

            _buffer[at] = (byte)(length >> 8);
            _buffer[at + 1] = (byte)length;
        }

        private void PutList(int[] values)
        {
            for (int i = 0; i < values.Length; i++)
            {
                Put16(values[i]);
            }
        }

        private void Put8(int value)
        {
            _buffer[_w++] = (byte)value;
        }

        private void Put16(int value)
        {
            _buffer[_w++] = (byte)(value >> 8);
            _buffer[_w++] = (byte)value;
        }

        private void PutBytes(byte[] bytes)
        {
            Array.Copy(bytes, 0, _buffer, _w, bytes.Length);
            _w += bytes.Length;
        }
    }
}
