using System.Text;
using Router.Core;

namespace Router.Tls
{
    /// <summary>
    /// Reads a ClientHello body (RFC 8446 4.1.2) into a <see cref="ClientHello"/>. Unknown extensions, suites,
    /// groups and GREASE values (RFC 8701) are skipped; known extensions are checked strictly. Returns
    /// <see cref="AlertDescription.None"/> or the alert to send. Allocates only the server name string.
    /// </summary>
    public sealed class ClientHelloParser
    {
        private const int TlsVersion13 = 0x0304;
        private const int TlsVersion12 = 0x0303;

        private readonly ByteReader _message = new ByteReader();
        private readonly ByteReader _list = new ByteReader();
        private readonly ByteReader _extensions = new ByteReader();
        private readonly ByteReader _extension = new ByteReader();

        /// <summary>Parses the body (handshake header excluded) at <paramref name="buffer"/>[offset .. + count).</summary>
        public int Parse(byte[] buffer, int offset, int count, ClientHello hello)
        {
            hello.Clear();
            try
            {
                return ParseBody(buffer, offset, count, hello);
            }
            catch (MalformedInputException)
            {
                return AlertDescription.DecodeError;
            }
        }

        private int ParseBody(byte[] buffer, int offset, int count, ClientHello hello)
        {
            ByteReader m = _message;
            m.Reset(buffer, offset, count);
            hello.LegacyVersion = m.ReadUInt16();
            m.ReadBytes(hello.Random, 0, 32);
            int sessionIdLength = m.ReadUInt8();
            if (sessionIdLength > 32)
            {
                // Reported so the server can count badSessionIdLen; the bytes are not kept.
                hello.SessionIdLength = sessionIdLength;
                return AlertDescription.DecodeError;
            }

            m.ReadBytes(hello.SessionId, 0, sessionIdLength);
            hello.SessionIdLength = sessionIdLength;

            int suitesLength = m.ReadUInt16();
            if (suitesLength < 2 || (suitesLength & 1) != 0)
            {
                return AlertDescription.DecodeError;
            }

            _list.Reset(buffer, m.Skip(suitesLength), suitesLength);
            while (!_list.IsAtEnd)
            {
                int suite = _list.ReadUInt16();
                hello.Suites |= CipherSuite.Bit(suite);
                if (suite == CipherSuite.EmptyRenegotiationInfoScsv)
                {
                    hello.OffersRenegotiationScsv = true;
                }
                else if (suite == CipherSuite.FallbackScsv)
                {
                    hello.OffersFallbackScsv = true;
                }
            }

            int compressionLength = m.ReadUInt8();
            if (compressionLength < 1)
            {
                return AlertDescription.DecodeError;
            }

            int compressionAt = m.Skip(compressionLength);
            for (int i = 0; i < compressionLength; i++)
            {
                if (buffer[compressionAt + i] == 0)
                {
                    hello.HasNullCompression = true;
                }
            }
            if (m.IsAtEnd)
            {
                // A hello without extensions is TLS 1.2 or older (4.1.2): no supported_versions.
                return AlertDescription.None;
            }

            int extensionsLength = m.ReadUInt16();
            _extensions.Reset(buffer, m.Skip(extensionsLength), extensionsLength);
            if (!m.IsAtEnd)
            {
                return AlertDescription.DecodeError;
            }

            int seen = 0;
            while (!_extensions.IsAtEnd)
            {
                if (hello.HasPreSharedKey)
                {
                    // pre_shared_key MUST be the last extension (4.2.11).
                    return AlertDescription.IllegalParameter;
                }

                int type = _extensions.ReadUInt16();
                int length = _extensions.ReadUInt16();
                int at = _extensions.Skip(length);
                int bit = KnownExtensionBit(type);
                if (bit != 0)
                {
                    if ((seen & bit) != 0)
                    {
                        // At most one extension of each type (4.2).
                        return AlertDescription.IllegalParameter;
                    }

                    seen |= bit;
                }

                _extension.Reset(buffer, at, length);
                int alert = ParseExtension(type, _extension, hello);
                if (alert != AlertDescription.None)
                {
                    return alert;
                }
            }

            if (hello.OffersTls13 && (compressionLength != 1 || buffer[compressionAt] != 0))
            {
                // legacy_compression_methods MUST be the single byte 0 in a TLS 1.3 hello (4.1.2).
                return AlertDescription.IllegalParameter;
            }

            return AlertDescription.None;
        }

        private int ParseExtension(int type, ByteReader e, ClientHello hello)
        {
            switch (type)
            {
                case ExtensionType.SupportedVersions:
                    return ParseSupportedVersions(e, hello);
                case ExtensionType.SupportedGroups:
                    return ParseSupportedGroups(e, hello);
                case ExtensionType.KeyShare:
                    return ParseKeyShare(e, hello);
                case ExtensionType.SignatureAlgorithms:
                    return ParseSignatureAlgorithms(e, hello);
                case ExtensionType.ServerName:
                    return ParseServerName(e, hello);
                case ExtensionType.Alpn:
                    return ParseAlpn(e, hello);
                case ExtensionType.PreSharedKey:
                    hello.HasPreSharedKey = true;
                    return ParsePreSharedKey(e, hello);
                case ExtensionType.PskKeyExchangeModes:
                    return ParsePskModes(e, hello);
                case ExtensionType.EarlyData:
                    hello.OffersEarlyData = true;
                    return AlertDescription.None;
                case ExtensionType.Cookie:
                    hello.HasCookie = true;
                    return AlertDescription.None;
                case ExtensionType.ExtendedMasterSecret:
                    // extension_data is empty (RFC 7627 5.1).
                    hello.HasExtendedMasterSecret = true;
                    return e.IsAtEnd ? AlertDescription.None : AlertDescription.DecodeError;
                case ExtensionType.RenegotiationInfo:
                    return ParseRenegotiationInfo(e, hello);
                case ExtensionType.EcPointFormats:
                    return ParseEcPointFormats(e, hello);
                case ExtensionType.RecordSizeLimit:
                    return ParseRecordSizeLimit(e, hello);
                default:
                    return AlertDescription.None;
            }
        }

        /// <summary>uint16 RecordSizeLimit (RFC 8449 4): a value below 64 is illegal_parameter.</summary>
        private static int ParseRecordSizeLimit(ByteReader e, ClientHello hello)
        {
            if (e.Remaining != 2)
            {
                return AlertDescription.DecodeError;
            }

            int limit = e.ReadUInt16();
            if (limit < 64)
            {
                return AlertDescription.IllegalParameter;
            }

            hello.RecordSizeLimit = limit;
            return AlertDescription.None;
        }

        /// <summary>ProtocolVersion versions&lt;2..254&gt; (4.2.1).</summary>
        private int ParseSupportedVersions(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt8();
            if (length < 2 || (length & 1) != 0 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasSupportedVersions = true;
            while (!e.IsAtEnd)
            {
                int version = e.ReadUInt16();
                if (version == TlsVersion13)
                {
                    hello.OffersTls13 = true;
                }
                else if (version == TlsVersion12)
                {
                    hello.OffersTls12 = true;
                }
            }

            return AlertDescription.None;
        }

        /// <summary>NamedGroup named_group_list&lt;2..2^16-1&gt; (4.2.7).</summary>
        private int ParseSupportedGroups(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt16();
            if (length < 2 || (length & 1) != 0 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasSupportedGroups = true;
            while (!e.IsAtEnd)
            {
                hello.Groups |= NamedGroup.Bit(e.ReadUInt16());
            }

            return AlertDescription.None;
        }

        /// <summary>KeyShareEntry client_shares&lt;0..2^16-1&gt; (4.2.8); each group at most once.</summary>
        private int ParseKeyShare(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt16();
            if (length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasKeyShare = true;
            while (!e.IsAtEnd)
            {
                int group = e.ReadUInt16();
                int shareLength = e.ReadUInt16();
                if (shareLength < 1)
                {
                    return AlertDescription.DecodeError;
                }

                int at = e.Skip(shareLength);
                if (group == NamedGroup.X25519)
                {
                    if (hello.X25519ShareOffset >= 0)
                    {
                        return AlertDescription.IllegalParameter;
                    }

                    hello.X25519ShareOffset = at;
                    hello.X25519ShareLength = shareLength;
                }
                else if (group == NamedGroup.Secp256r1)
                {
                    if (hello.P256ShareOffset >= 0)
                    {
                        return AlertDescription.IllegalParameter;
                    }

                    hello.P256ShareOffset = at;
                    hello.P256ShareLength = shareLength;
                }
                else if (group == NamedGroup.Secp384r1)
                {
                    if (hello.P384ShareOffset >= 0)
                    {
                        return AlertDescription.IllegalParameter;
                    }

                    hello.P384ShareOffset = at;
                    hello.P384ShareLength = shareLength;
                }
            }

            return AlertDescription.None;
        }

        /// <summary>SignatureScheme supported_signature_algorithms&lt;2..2^16-2&gt; (4.2.3).</summary>
        private int ParseSignatureAlgorithms(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt16();
            if (length < 2 || (length & 1) != 0 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasSignatureAlgorithms = true;
            while (!e.IsAtEnd)
            {
                hello.SignatureSchemes |= SignatureScheme.Bit(e.ReadUInt16());
            }

            return AlertDescription.None;
        }

        /// <summary>ServerName server_name_list&lt;1..2^16-1&gt;; the first host_name is kept (RFC 6066 3).</summary>
        private int ParseServerName(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt16();
            if (length < 1 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            while (!e.IsAtEnd)
            {
                int nameType = e.ReadUInt8();
                int nameLength = e.ReadUInt16();
                int at = e.Skip(nameLength);
                if (nameType == 0 && hello.ServerName == null)
                {
                    if (nameLength < 1 || nameLength > ClientHello.MaxServerName || !IsHostName(e.Buffer, at, nameLength))
                    {
                        return AlertDescription.DecodeError;
                    }

                    hello.ServerName = Encoding.UTF8.GetString(e.Buffer, at, nameLength);
                }
            }

            return AlertDescription.None;
        }

        /// <summary>PskKeyExchangeMode ke_modes&lt;1..255&gt; (4.2.9): psk_dhe_ke is 1.</summary>
        private int ParsePskModes(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt8();
            if (length < 1 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            while (!e.IsAtEnd)
            {
                if (e.ReadUInt8() == 1)
                {
                    hello.OffersPskDheKe = true;
                }
            }

            return AlertDescription.None;
        }

        /// <summary>
        /// OfferedPsks (4.2.11): identities&lt;7..2^16-1&gt; of (ticket&lt;1..2^16-1&gt;, uint32 age), then
        /// binders&lt;33..2^16-1&gt; of PskBinderEntry&lt;32..255&gt;, as many as identities.
        /// </summary>
        private int ParsePreSharedKey(ByteReader e, ClientHello hello)
        {
            int identitiesLength = e.ReadUInt16();
            int identitiesEnd = e.Position + identitiesLength;
            int identities = 0;
            if (identitiesLength < 7 || identitiesLength > e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            while (e.Position < identitiesEnd)
            {
                int ticketLength = e.ReadUInt16();
                int at = e.Skip(ticketLength);
                e.ReadUInt32();
                if (ticketLength < 1 || e.Position > identitiesEnd)
                {
                    return AlertDescription.DecodeError;
                }

                if (identities == 0)
                {
                    hello.PskIdentityOffset = at;
                    hello.PskIdentityLength = ticketLength;
                }

                identities++;
            }

            hello.PskBindersStart = e.Position;
            int bindersLength = e.ReadUInt16();
            if (bindersLength < 33 || bindersLength != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            int binders = 0;
            while (!e.IsAtEnd)
            {
                int binderLength = e.ReadUInt8();
                int at = e.Skip(binderLength);
                if (binderLength < 32)
                {
                    return AlertDescription.DecodeError;
                }

                if (binders == 0)
                {
                    hello.PskBinderOffset = at;
                    hello.PskBinderLength = binderLength;
                }

                binders++;
            }

            return binders == identities ? AlertDescription.None : AlertDescription.IllegalParameter;
        }

        /// <summary>
        /// RenegotiationInfo: opaque renegotiated_connection&lt;0..255&gt; (RFC 5746 3.2). On an initial handshake it
        /// must be empty, else the handshake fails (3.6).
        /// </summary>
        private int ParseRenegotiationInfo(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt8();
            if (length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasRenegotiationInfo = true;
            return length == 0 ? AlertDescription.None : AlertDescription.HandshakeFailure;
        }

        /// <summary>ECPointFormat ec_point_format_list&lt;1..2^8-1&gt; (RFC 8422 5.1.2): uncompressed is 0.</summary>
        private int ParseEcPointFormats(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt8();
            if (length < 1 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasEcPointFormats = true;
            while (!e.IsAtEnd)
            {
                if (e.ReadUInt8() == 0)
                {
                    hello.OffersUncompressedPoints = true;
                }
            }

            return AlertDescription.None;
        }

        /// <summary>ProtocolName protocol_name_list&lt;2..2^16-1&gt;, each name&lt;1..2^8-1&gt; (RFC 7301 3.1).</summary>
        private int ParseAlpn(ByteReader e, ClientHello hello)
        {
            int length = e.ReadUInt16();
            if (length < 2 || length != e.Remaining)
            {
                return AlertDescription.DecodeError;
            }

            hello.HasAlpn = true;
            while (!e.IsAtEnd)
            {
                int nameLength = e.ReadUInt8();
                if (nameLength < 1)
                {
                    return AlertDescription.DecodeError;
                }

                int at = e.Skip(nameLength);
                if (Alpn.IsHttp11(e.Buffer, at, nameLength))
                {
                    hello.OffersHttp11 = true;
                }
            }

            return AlertDescription.None;
        }

        private static bool IsHostName(byte[] buffer, int offset, int count)
        {
            for (int i = offset; i < offset + count; i++)
            {
                int c = buffer[i];
                if (c <= 0x20 || c >= 0x7F)
                {
                    return false;
                }
            }

            return true;
        }

        private static int KnownExtensionBit(int type)
        {
            switch (type)
            {
                case ExtensionType.ServerName:
                    return 1;
                case ExtensionType.SupportedGroups:
                    return 2;
                case ExtensionType.SignatureAlgorithms:
                    return 4;
                case ExtensionType.Alpn:
                    return 8;
                case ExtensionType.PreSharedKey:
                    return 16;
                case ExtensionType.EarlyData:
                    return 32;
                case ExtensionType.SupportedVersions:
                    return 64;
                case ExtensionType.Cookie:
                    return 128;
                case ExtensionType.KeyShare:
                    return 256;
                case ExtensionType.PskKeyExchangeModes:
                    return 512;
                case ExtensionType.ExtendedMasterSecret:
                    return 1024;
                case ExtensionType.RenegotiationInfo:
                    return 2048;
                case ExtensionType.EcPointFormats:
                    return 4096;
                case ExtensionType.RecordSizeLimit:
                    return 8192;
                default:
                    return 0;
            }
        }
    }
}
