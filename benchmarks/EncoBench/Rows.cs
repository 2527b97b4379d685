using System.Collections.Generic;
using Router.Enco;

namespace EncoBench
{
    /// <summary>
    /// The rows of the benchmark. To add one (X25519, ECDSA, RSA ...): set up keys and buffers here, once, and
    /// add a BenchRow whose action is one operation; give the `openssl speed` arguments of the same operation,
    /// or null.
    /// </summary>
    internal static class Rows
    {
        public const int Record = 16384;
        public const int Packet = 1500;

        public static List<BenchRow> Throughput()
        {
            byte[] key = new byte[32];
            byte[] nonce = new byte[12];
            byte[] iv = new byte[16];
            byte[] record = new byte[Record + Aead.TagSize];
            byte[] digest = new byte[64];
            Aead gcm = new Aead(EncoAeadAlgorithm.AesGcm, key, 0, 16);
            Aead chachapoly = new Aead(EncoAeadAlgorithm.ChaCha20Poly1305, key, 0, 32);
            BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, 16);
            Hmac hmac = new Hmac(EncoHashAlgorithm.Sha256, key, 0, 32);

            return new List<BenchRow>
            {
                new BenchRow("AES-128-GCM seal", Record,
                    () => gcm.Seal(nonce, 0, 12, nonce, 0, 0, record, 0, Record, record, 0), "-evp aes-128-gcm"),
                new BenchRow("ChaCha20-Poly1305 seal", Record,
                    () => chachapoly.Seal(nonce, 0, 12, nonce, 0, 0, record, 0, Record, record, 0), "-evp chacha20-poly1305"),
                new BenchRow("AES-128-CBC encrypt", Record,
                    () => aes.EncryptCbc(iv, 0, record, 0, Record, record, 0), "-evp aes-128-cbc"),
                new BenchRow("SHA-256", Record,
                    () => Sha256.Hash(record, 0, Record, digest, 0), "-evp sha256"),
                new BenchRow("HMAC-SHA-256 (keyed)", Packet,
                    () => { hmac.Update(record, 0, Packet); hmac.Finish(digest, 0); }, "-hmac sha256"),
                new BenchRow("HMAC-SHA-256 (one-shot)", Packet,
                    () => Hmac.Compute(EncoHashAlgorithm.Sha256, key, 0, 32, record, 0, Packet, digest, 0), "-hmac sha256"),
            };
        }

        /// <summary>Per-call rows on 64-byte inputs, named as the native half's call64.* keys.</summary>
        public static List<BenchRow> Calls64()
        {
            byte[] key = new byte[32];
            byte[] nonce = new byte[12];
            byte[] buffer = new byte[64 + Aead.TagSize];
            byte[] digest = new byte[32];
            Aead gcm = new Aead(EncoAeadAlgorithm.AesGcm, key, 0, 16);

            return new List<BenchRow>
            {
                new BenchRow("gcm", 64, () => gcm.Seal(nonce, 0, 12, nonce, 0, 0, buffer, 0, 64, buffer, 0), null),
                new BenchRow("sha256", 64, () => Sha256.Hash(buffer, 0, 64, digest, 0), null),
                new BenchRow("hmac", 64, () => Hmac.Compute(EncoHashAlgorithm.Sha256, key, 0, 32, buffer, 0, 64, digest, 0), null),
            };
        }
    }
}
