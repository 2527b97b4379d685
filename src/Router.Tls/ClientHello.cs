using System;

namespace Router.Tls
{
    /// <summary>
    /// What the server needs from a ClientHello (RFC 8446 4.1.2), in fixed fields filled by
    /// <see cref="ClientHelloParser"/>. Key shares are offsets into the parsed message, valid while it is.
    /// </summary>
    public sealed class ClientHello
    {
        public const int SuiteAes128 = 1;
        public const int SuiteAes256 = 2;
        public const int SuiteChaCha = 4;
        public const int GroupX25519 = 1;
        public const int GroupP256 = 2;
        public const int GroupP384 = 4;
        public const int SigEcdsaP256 = 1;
        public const int SigRsaPss = 2;
        public const int SigEcdsaP384 = 4;
        public const int SigRsaPssSha384 = 8;
        public const int SigRsaPkcs1Sha256 = 16;
        public const int MaxServerName = 255;

        public readonly byte[] Random = new byte[32];
        public readonly byte[] SessionId = new byte[32];

        public int LegacyVersion;
        public int SessionIdLength;

        /// <summary>Offered suites this server knows (Suite* bits).</summary>
        public int Suites;

        /// <summary>supported_versions was present / listed 0x0304.</summary>
        public bool HasSupportedVersions;
        public bool OffersTls13;

        /// <summary>supported_versions listed 0x0303 (TLS 1.2).</summary>
        public bool OffersTls12;

        /// <summary>supported_groups was present (RFC 8446 9.2 pairs it with key_share).</summary>
        public bool HasSupportedGroups;

        /// <summary>legacy_compression_methods held the null method (RFC 5246 7.4.1.2).</summary>
        public bool HasNullCompression;

        /// <summary>extended_master_secret (RFC 7627 5.1) was present.</summary>
        public bool HasExtendedMasterSecret;

        /// <summary>renegotiation_info (RFC 5746 3.2) was present / TLS_EMPTY_RENEGOTIATION_INFO_SCSV was offered.</summary>
        public bool HasRenegotiationInfo;
        public bool OffersRenegotiationScsv;

        /// <summary>TLS_FALLBACK_SCSV was offered (RFC 7507).</summary>
        public bool OffersFallbackScsv;

        /// <summary>ec_point_formats (RFC 8422 5.1.2) was present / listed uncompressed.</summary>
        public bool HasEcPointFormats;
        public bool OffersUncompressedPoints;

        /// <summary>supported_groups this server knows (Group* bits).</summary>
        public int Groups;

        /// <summary>Offsets and lengths of the x25519 and secp256r1 key_share entries in the message, -1 when absent.</summary>
        public int X25519ShareOffset;
        public int X25519ShareLength;
        public int P256ShareOffset;
        public int P256ShareLength;
        public int P384ShareOffset;
        public int P384ShareLength;
        public bool HasKeyShare;

        /// <summary>signature_algorithms this server can sign with (Sig* bits).</summary>
        public int SignatureSchemes;
        public bool HasSignatureAlgorithms;

        /// <summary>The host_name of server_name (RFC 6066 3), or null.</summary>
        public string ServerName;

        /// <summary>ALPN (RFC 7301) was present / offered "http/1.1".</summary>
        public bool HasAlpn;
        public bool OffersHttp11;

        public bool HasPreSharedKey;
        public bool OffersEarlyData;

        /// <summary>psk_key_exchange_modes lists psk_dhe_ke (4.2.9).</summary>
        public bool OffersPskDheKe;

        /// <summary>The first PskIdentity's ticket and the first binder (4.2.11), offsets into the parsed buffer.</summary>
        public int PskIdentityOffset;
        public int PskIdentityLength;
        public int PskBinderOffset;
        public int PskBinderLength;

        /// <summary>Where the binders list starts: the ClientHello up to here is what the binders cover (4.2.11.2).</summary>
        public int PskBindersStart;
        public bool HasCookie;

        /// <summary>The offset of the key_share entry of a supported group, -1 when the client sent none for it.</summary>
        public int ShareOffset(int group)
        {
            switch (group)
            {
                case NamedGroup.X25519:
                    return X25519ShareOffset;
                case NamedGroup.Secp256r1:
                    return P256ShareOffset;
                case NamedGroup.Secp384r1:
                    return P384ShareOffset;
                default:
                    return -1;
            }
        }

        public int ShareLength(int group)
        {
            switch (group)
            {
                case NamedGroup.X25519:
                    return X25519ShareLength;
                case NamedGroup.Secp256r1:
                    return P256ShareLength;
                case NamedGroup.Secp384r1:
                    return P384ShareLength;
                default:
                    return 0;
            }
        }

        /// <summary>record_size_limit (RFC 8449 4): the largest record plaintext the client accepts, 0 when not sent.</summary>
        public int RecordSizeLimit;

        /// <summary>Forgets the previous hello.</summary>
        public void Clear()
        {
            Array.Clear(Random, 0, Random.Length);
            Array.Clear(SessionId, 0, SessionId.Length);
            LegacyVersion = 0;
            SessionIdLength = 0;
            Suites = 0;
            HasSupportedVersions = false;
            OffersTls13 = false;
            OffersTls12 = false;
            HasSupportedGroups = false;
            HasNullCompression = false;
            HasExtendedMasterSecret = false;
            HasRenegotiationInfo = false;
            OffersRenegotiationScsv = false;
            OffersFallbackScsv = false;
            HasEcPointFormats = false;
            OffersUncompressedPoints = false;
            Groups = 0;
            X25519ShareOffset = -1;
            X25519ShareLength = 0;
            P256ShareOffset = -1;
            P256ShareLength = 0;
            P384ShareOffset = -1;
            P384ShareLength = 0;
            HasKeyShare = false;
            SignatureSchemes = 0;
            HasSignatureAlgorithms = false;
            ServerName = null;
            HasAlpn = false;
            OffersHttp11 = false;
            HasPreSharedKey = false;
            OffersEarlyData = false;
            OffersPskDheKe = false;
            PskIdentityOffset = 0;
            PskIdentityLength = 0;
            PskBinderOffset = 0;
            PskBinderLength = 0;
            PskBindersStart = 0;
            HasCookie = false;
            RecordSizeLimit = 0;
        }
    }
}
