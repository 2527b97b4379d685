using System;
using Router.Enco;
using Router.Tls;
using Router.Tls.Client;

namespace TlsFuzz
{
    /// <summary>
    /// A generated P-256 key inside a structurally valid X.509 certificate (RFC 5280 4.1 shape, dummy names and
    /// signature), the same shape tests/Router.Tls.Tests/ClientTestCertificate.cs builds, and a verifier that
    /// pins exactly that leaf (anything else: unknown_ca).
    /// </summary>
    internal sealed class FuzzCertificate : ITlsCertificateVerifier
    {
        private const int UnknownCa = 48; // RFC 8446 6.2 unknown_ca

        public readonly EncoKey Key;
        public readonly byte[] Der;

        public FuzzCertificate()
        {
            Key = EncoKey.Generate(EncoKeyType.EcP256, 0);
            byte[] spki = new byte[1024];
            int spkiLength = Key.ExportPublic(EncoKeyFormat.PublicSpki, spki, 0);
            byte[] version = Tlv(0xA0, Tlv(0x02, new byte[] { 2 }));
            byte[] ecdsaWithSha256 = Tlv(0x30, Tlv(0x06, new byte[] { 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02 }));
            byte[] name = Tlv(0x30, Tlv(0x31, Tlv(0x30, Cat(Tlv(0x06, new byte[] { 0x55, 0x04, 0x03 }), Tlv(0x0C, Ascii("router.test"))))));
            byte[] validity = Tlv(0x30, Cat(Tlv(0x17, Ascii("250101000000Z")), Tlv(0x17, Ascii("491231235959Z"))));
            byte[] tbs = Tlv(0x30, Cat(version, Tlv(0x02, new byte[] { 1 }), ecdsaWithSha256, name, validity, name, spki.AsSpan(0, spkiLength).ToArray()));
            byte[] signature = Tlv(0x03, new byte[] { 0, 0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x01 });
            Der = Tlv(0x30, Cat(tbs, ecdsaWithSha256, signature));
        }

        public TlsServerConfig ServerConfig(TlsCounters counters)
        {
            return new TlsServerConfig(new byte[][] { Der }, Key, counters, new EncoTlsEntropy());
        }

        public int Verify(TlsCertificateChain chain, string serverName)
        {
            if (chain.Count < 1 || chain.Length(0) != Der.Length)
            {
                return UnknownCa;
            }

            return chain.Buffer.AsSpan(chain.Offset(0), Der.Length).SequenceEqual(Der) ? AlertDescription.None : UnknownCa;
        }

        private static byte[] Ascii(string text)
        {
            return System.Text.Encoding.ASCII.GetBytes(text);
        }

        private static byte[] Cat(params byte[][] parts)
        {
            int total = 0;
            foreach (byte[] part in parts) total += part.Length;
            byte[] all = new byte[total];
            int at = 0;
            foreach (byte[] part in parts)
            {
                Array.Copy(part, 0, all, at, part.Length);
                at += part.Length;
            }

            return all;
        }

        /// <summary>A DER TLV with a definite length in its shortest form (X.690 8.1.3).</summary>
        private static byte[] Tlv(int tag, byte[] content)
        {
            int n = content.Length;
            byte[] header = n < 0x80 ? new byte[] { (byte)tag, (byte)n }
                : n < 0x100 ? new byte[] { (byte)tag, 0x81, (byte)n }
                : new byte[] { (byte)tag, 0x82, (byte)(n >> 8), (byte)n };
            return Cat(header, content);
        }
    }
}
