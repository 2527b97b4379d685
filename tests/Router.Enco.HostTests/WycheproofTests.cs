using System;
using System.IO;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The Wycheproof files for the symmetric algorithms through the C# facade (and so P/Invoke and libenco.so),
    /// the same files ctest runs through the C API.
    /// </summary>
    public class WycheproofTests
    {
        private readonly ITestOutputHelper _output;

        public WycheproofTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private void Finish(JsonDocument document, WycheproofTally tally)
        {
            _output.WriteLine(document.RootElement.GetProperty("algorithm").GetString() + ": " + tally);
            Assert.Empty(tally.Failures);
            Assert.Equal(document.RootElement.GetProperty("numberOfTests").GetInt32(), tally.Total);
        }

        [Theory]
        [InlineData("aes_gcm_test.json", EncoAeadAlgorithm.AesGcm)]
        [InlineData("chacha20_poly1305_test.json", EncoAeadAlgorithm.ChaCha20Poly1305)]
        public void Aead(string file, int algorithm)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(WycheproofFiles.PathOf(file)));
            WycheproofTally tally = new WycheproofTally();

            foreach ((JsonElement group, JsonElement test) in WycheproofFiles.Tests(document))
            {
                byte[] key = WycheproofFiles.Hex(test, "key");
                byte[] iv = WycheproofFiles.Hex(test, "iv");
                byte[] aad = WycheproofFiles.Hex(test, "aad");
                byte[] msg = WycheproofFiles.Hex(test, "msg");
                byte[] ct = WycheproofFiles.Hex(test, "ct");
                byte[] tag = WycheproofFiles.Hex(test, "tag");
                byte[] record = new byte[ct.Length + tag.Length];
                ct.CopyTo(record, 0);
                tag.CopyTo(record, ct.Length);
                byte[] opened = new byte[ct.Length];

                using Aead aead = new Aead(algorithm, key, 0, key.Length);
                if (iv.Length != EncoAeadAlgorithm.NonceSize)
                {
                    // Refused whatever the result: skipped when valid, rejected when invalid.
                    EncoException e = Assert.Throws<EncoException>(() => aead.Open(iv, 0, iv.Length, aad, 0, aad.Length, record, 0, record.Length, opened, 0));
                    Assert.Equal(EncoStatus.BadNonce, e.Code);
                    if (WycheproofFiles.IsValid(test))
                    {
                        tally.Skipped++;
                    }
                    else
                    {
                        tally.Rejected++;
                    }

                    continue;
                }

                bool opens = aead.Open(iv, 0, iv.Length, aad, 0, aad.Length, record, 0, record.Length, opened, 0);
                if (!opens)
                {
                    Assert.Equal(new byte[opened.Length], opened);
                }

                bool matches = opens && opened.AsSpan().SequenceEqual(msg);
                if (matches)
                {
                    byte[] sealedRecord = new byte[msg.Length + Router.Enco.Aead.TagSize];
                    aead.Seal(iv, 0, iv.Length, aad, 0, aad.Length, msg, 0, msg.Length, sealedRecord, 0);
                    matches = sealedRecord.AsSpan().SequenceEqual(record);
                }

                tally.Judge(test, matches);
            }

            Finish(document, tally);
        }

        [Fact]
        public void AesCbcWithPkcs5PaddingAppliedByTheTest()
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(WycheproofFiles.PathOf("aes_cbc_pkcs5_test.json")));
            WycheproofTally tally = new WycheproofTally();

            foreach ((JsonElement group, JsonElement test) in WycheproofFiles.Tests(document))
            {
                byte[] key = WycheproofFiles.Hex(test, "key");
                byte[] iv = WycheproofFiles.Hex(test, "iv");
                byte[] msg = WycheproofFiles.Hex(test, "msg");
                byte[] ct = WycheproofFiles.Hex(test, "ct");
                using BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, key.Length);

                bool matches;
                if (ct.Length == 0 || ct.Length % 16 != 0)
                {
                    matches = false;
                }
                else
                {
                    byte[] plain = new byte[ct.Length];
                    aes.DecryptCbc(iv, 0, ct, 0, ct.Length, plain, 0);
                    int length = Unpad(plain);
                    matches = length >= 0 && plain.AsSpan(0, length).SequenceEqual(msg);
                }

                if (matches)
                {
                    int padded = (msg.Length / 16 + 1) * 16;
                    byte[] input = new byte[padded];
                    msg.CopyTo(input, 0);
                    input.AsSpan(msg.Length).Fill((byte)(padded - msg.Length));
                    byte[] output = new byte[padded];
                    aes.EncryptCbc(iv, 0, input, 0, padded, output, 0);
                    matches = output.AsSpan().SequenceEqual(ct);
                }

                tally.Judge(test, matches);
            }

            Finish(document, tally);
        }

        /// <summary>PKCS#7 unpadding (RFC 5652 section 6.3): the message length, or -1.</summary>
        private static int Unpad(byte[] plain)
        {
            int pad = plain[plain.Length - 1];
            if (pad == 0 || pad > 16)
            {
                return -1;
            }

            for (int i = plain.Length - pad; i < plain.Length; i++)
            {
                if (plain[i] != pad)
                {
                    return -1;
                }
            }

            return plain.Length - pad;
        }

        [Theory]
        [InlineData("hmac_sha1_test.json", EncoHashAlgorithm.Sha1)]
        [InlineData("hmac_sha256_test.json", EncoHashAlgorithm.Sha256)]
        [InlineData("hmac_sha384_test.json", EncoHashAlgorithm.Sha384)]
        public void Hmac(string file, int hash)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(WycheproofFiles.PathOf(file)));
            WycheproofTally tally = new WycheproofTally();

            foreach ((JsonElement group, JsonElement test) in WycheproofFiles.Tests(document))
            {
                byte[] key = WycheproofFiles.Hex(test, "key");
                byte[] msg = WycheproofFiles.Hex(test, "msg");
                byte[] tag = WycheproofFiles.Hex(test, "tag");
                int tagSize = group.GetProperty("tagSize").GetInt32() / 8;

                byte[] mac = new byte[EncoHashAlgorithm.DigestSize(hash)];
                Router.Enco.Hmac.Compute(hash, key, 0, key.Length, msg, 0, msg.Length, mac, 0);

                using Router.Enco.Hmac keyed = new Router.Enco.Hmac(hash, key, 0, key.Length);
                keyed.Update(msg, 0, msg.Length);
                bool verified = tag.Length == tagSize && keyed.FinishAndVerify(tag, 0, tagSize);

                Assert.Equal(tag.Length == tagSize && mac.AsSpan(0, tagSize).SequenceEqual(tag), verified);
                tally.Judge(test, verified);
            }

            Finish(document, tally);
        }

        [Theory]
        [InlineData("hkdf_sha256_test.json", EncoHashAlgorithm.Sha256)]
        [InlineData("hkdf_sha384_test.json", EncoHashAlgorithm.Sha384)]
        public void HkdfVectors(string file, int hash)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(WycheproofFiles.PathOf(file)));
            WycheproofTally tally = new WycheproofTally();

            foreach ((JsonElement group, JsonElement test) in WycheproofFiles.Tests(document))
            {
                byte[] ikm = WycheproofFiles.Hex(test, "ikm");
                byte[] salt = WycheproofFiles.Hex(test, "salt");
                byte[] info = WycheproofFiles.Hex(test, "info");
                byte[] okm = WycheproofFiles.Hex(test, "okm");
                int size = test.GetProperty("size").GetInt32();
                byte[] prk = new byte[EncoHashAlgorithm.DigestSize(hash)];
                byte[] output = new byte[size];

                Hkdf.Extract(hash, salt, 0, salt.Length, ikm, 0, ikm.Length, prk, 0);
                bool matches;
                try
                {
                    Hkdf.Expand(hash, prk, 0, prk.Length, info, 0, info.Length, output, 0, size);
                    matches = output.AsSpan().SequenceEqual(okm);
                }
                catch (EncoException e) when (e.Code == EncoStatus.Limit)
                {
                    matches = false;
                }

                tally.Judge(test, matches);
            }

            Finish(document, tally);
        }
    }
}
