using System;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>
    /// A key and a structurally valid X.509 certificate around its public key (RFC 5280 4.1 shape, dummy names,
    /// dates and signature): enough for the client engine, which takes the leaf's key from it, and for a pinning
    /// test verifier. Real chains are validated by Router.Pki in the host tests.
    /// </summary>
    internal sealed class ClientTestCertificate
    {
        public EncoKey Key;
        public byte[] Der;

        private static ClientTestCertificate _ecdsa;
        private static ClientTestCertificate _otherEcdsa;
        private static ClientTestCertificate _rsa;

        public static ClientTestCertificate Ecdsa
        {
            get
            {
                if (_ecdsa == null)
                {
                    _ecdsa = Make(EncoKey.Generate(EncoKeyType.EcP256, 0), 1);
                }

                return _ecdsa;
            }
        }

        /// <summary>Another P-256 key and certificate: the "wrong server".</summary>
        public static ClientTestCertificate OtherEcdsa
        {
            get
            {
                if (_otherEcdsa == null)
                {
                    _otherEcdsa = Make(EncoKey.Generate(EncoKeyType.EcP256, 0), 2);
                }

                return _otherEcdsa;
            }
        }

        public static ClientTestCertificate Rsa
        {
            get
            {
                if (_rsa == null)
                {
                    _rsa = Make(EncoKey.Generate(EncoKeyType.Rsa, 2048), 3);
                }

                return _rsa;
            }
        }

        /// <summary>A server config with this certificate as its one-certificate chain.</summary>
        public TlsServerConfig ServerConfig(TlsCounters counters, ITlsEntropy entropy)
        {
            return new TlsServerConfig(new byte[][] { Der }, Key, counters, entropy);
        }

        private static ClientTestCertificate Make(EncoKey key, int serial)
        {
            byte[] spki = new byte[1024];
            int spkiLength = key.ExportPublic(EncoKeyFormat.PublicSpki, spki, 0);
            byte[] version = Tlv(0xA0, Tlv(0x02, new byte[] { 2 }));
            byte[] ecdsaWithSha256 = Tlv(0x30, Tlv(0x06, new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02 }));
            byte[] name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Concat(Tlv(0x06, new byte[] { 0x55, 0x04, 0x03 }), Tlv(0x0C, Hex.Ascii("router.test"))))));
            byte[] validity = Tlv(0x30, Concat(Tlv(0x17, Hex.Ascii("250101000000Z")), Tlv(0x17, Hex.Ascii("491231235959Z"))));
            byte[] tbs = Tlv(0x30, Concat(Concat(Concat(version, Tlv(0x02, new byte[] { (byte)serial })), Concat(ecdsaWithSha256, name)),
                Concat(Concat(validity, name), Slice(spki, 0, spkiLength))));
            byte[] signature = Tlv(0x03, new byte[] { 0, 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01 });
            ClientTestCertificate certificate = new ClientTestCertificate();
            certificate.Key = key;
            certificate.Der = Tlv(0x30, Concat(Concat(tbs, ecdsaWithSha256), signature));
            return certificate;
        }

        /// <summary>A DER TLV with a definite length in its shortest form.</summary>
        public static byte[] Tlv(int tag, byte[] content)
        {
            int n = content.Length;
            int header = n < 0x80 ? 2 : (n < 0x100 ? 3 : 4);
            byte[] tlv = new byte[header + n];
            tlv[0] = (byte)tag;
            if (n < 0x80)
            {
                tlv[1] = (byte)n;
            }
            else if (n < 0x100)
            {
                tlv[1] = 0x81;
                tlv[2] = (byte)n;
            }
            else
            {
                tlv[1] = 0x82;
                tlv[2] = (byte)(n >> 8);
                tlv[3] = (byte)n;
            }

            Array.Copy(content, 0, tlv, header, n);
            return tlv;
        }

        public static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] both = new byte[a.Length + b.Length];
            Array.Copy(a, 0, both, 0, a.Length);
            Array.Copy(b, 0, both, a.Length, b.Length);
            return both;
        }

        private static byte[] Slice(byte[] bytes, int offset, int count)
        {
            byte[] slice = new byte[count];
            Array.Copy(bytes, offset, slice, 0, count);
            return slice;
        }
    }
}
