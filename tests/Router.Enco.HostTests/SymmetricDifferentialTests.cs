using System;
using System.Security.Cryptography;
using Xunit;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The ENCO engine against .NET's System.Security.Cryptography on thousands of random inputs per algorithm,
    /// at random offsets, with random splits for the incremental APIs. Seeds are fixed so a failure reproduces.
    /// </summary>
    public class SymmetricDifferentialTests
    {
        private const int Rounds = 2000;

        private static byte[] RandomBytes(Random random, int length)
        {
            byte[] bytes = new byte[length];
            random.NextBytes(bytes);
            return bytes;
        }

        [Theory]
        [InlineData(EncoHashAlgorithm.Sha1)]
        [InlineData(EncoHashAlgorithm.Sha256)]
        [InlineData(EncoHashAlgorithm.Sha384)]
        [InlineData(EncoHashAlgorithm.Sha512)]
        [InlineData(EncoHashAlgorithm.Md5)]
        public void HashesMatchDotNetOneShotAndSplit(int algorithm)
        {
            Random random = new Random(100 + algorithm);
            byte[] buffer = new byte[3000];
            byte[] actual = new byte[80];
            using EncoHash hash = new EncoHash(algorithm);

            for (int i = 0; i < Rounds; i++)
            {
                int length = i < 300 ? i : random.Next(0, 2900);
                int offset = random.Next(0, 100);
                random.NextBytes(buffer);
                byte[] expected = DotNetHash(algorithm, buffer.AsSpan(offset, length));

                EncoHash.Hash(algorithm, buffer, offset, length, actual, 3);
                Assert.Equal(expected, actual.AsSpan(3, expected.Length).ToArray());

                Feed(random, length, (from, count) => hash.Update(buffer, offset + from, count));
                hash.Finish(actual, 0);
                Assert.Equal(expected, actual.AsSpan(0, expected.Length).ToArray());
            }
        }

        private static byte[] DotNetHash(int algorithm, ReadOnlySpan<byte> data)
        {
            switch (algorithm)
            {
                case EncoHashAlgorithm.Sha1: return SHA1.HashData(data);
                case EncoHashAlgorithm.Sha256: return SHA256.HashData(data);
                case EncoHashAlgorithm.Sha384: return SHA384.HashData(data);
                case EncoHashAlgorithm.Sha512: return SHA512.HashData(data);
                default: return MD5.HashData(data);
            }
        }

        private static byte[] DotNetHmac(int algorithm, byte[] key, ReadOnlySpan<byte> data)
        {
            switch (algorithm)
            {
                case EncoHashAlgorithm.Sha1: return HMACSHA1.HashData(key, data);
                case EncoHashAlgorithm.Sha256: return HMACSHA256.HashData(key, data);
                case EncoHashAlgorithm.Sha384: return HMACSHA384.HashData(key, data);
                case EncoHashAlgorithm.Sha512: return HMACSHA512.HashData(key, data);
                default: return HMACMD5.HashData(key, data);
            }
        }

        /// <summary>Calls feed(offset, count) over [0, length) in random pieces, empty ones included.</summary>
        private static void Feed(Random random, int length, Action<int, int> feed)
        {
            int done = 0;
            while (done < length)
            {
                int piece = Math.Min(length - done, random.Next(0, 4) == 0 ? random.Next(0, 600) : random.Next(0, 70));
                feed(done, piece);
                done += piece;
            }
        }

        [Theory]
        [InlineData(EncoHashAlgorithm.Sha1)]
        [InlineData(EncoHashAlgorithm.Sha256)]
        [InlineData(EncoHashAlgorithm.Sha384)]
        [InlineData(EncoHashAlgorithm.Sha512)]
        [InlineData(EncoHashAlgorithm.Md5)]
        public void HmacMatchesDotNetOneShotAndSplit(int algorithm)
        {
            Random random = new Random(200 + algorithm);
            byte[] buffer = new byte[2000];
            byte[] actual = new byte[64];

            for (int i = 0; i < Rounds; i++)
            {
                byte[] key = RandomBytes(random, random.Next(0, 200)); // shorter and longer than a block
                int length = random.Next(0, 1900);
                int offset = random.Next(0, 100);
                random.NextBytes(buffer);
                byte[] expected = DotNetHmac(algorithm, key, buffer.AsSpan(offset, length));

                Hmac.Compute(algorithm, key, 0, key.Length, buffer, offset, length, actual, 0);
                Assert.Equal(expected, actual.AsSpan(0, expected.Length).ToArray());

                using Hmac hmac = new Hmac(algorithm, key, 0, key.Length);
                Feed(random, length, (from, count) => hmac.Update(buffer, offset + from, count));
                Assert.True(hmac.FinishAndVerify(expected, 0, expected.Length));
            }
        }

        [Theory]
        [InlineData(EncoHashAlgorithm.Sha256)]
        [InlineData(EncoHashAlgorithm.Sha384)]
        [InlineData(EncoHashAlgorithm.Sha1)]
        public void HkdfMatchesDotNet(int algorithm)
        {
            Random random = new Random(300 + algorithm);
            HashAlgorithmName name = algorithm == EncoHashAlgorithm.Sha256 ? HashAlgorithmName.SHA256
                : algorithm == EncoHashAlgorithm.Sha384 ? HashAlgorithmName.SHA384 : HashAlgorithmName.SHA1;
            int hashLength = EncoHashAlgorithm.DigestSize(algorithm);

            for (int i = 0; i < Rounds; i++)
            {
                byte[] ikm = RandomBytes(random, random.Next(0, 100));
                byte[] salt = RandomBytes(random, random.Next(0, 100));
                byte[] info = RandomBytes(random, random.Next(0, 100));
                int length = random.Next(0, 255 * hashLength + 1);
                byte[] prk = new byte[hashLength];
                byte[] okm = new byte[length];

                Hkdf.Extract(algorithm, salt, 0, salt.Length, ikm, 0, ikm.Length, prk, 0);
                Assert.Equal(HKDF.Extract(name, ikm, salt), prk);
                Hkdf.Expand(algorithm, prk, 0, prk.Length, info, 0, info.Length, okm, 0, length);
                Assert.Equal(HKDF.Expand(name, prk, length, info), okm);
            }
        }

        [Theory]
        [InlineData(16)]
        [InlineData(24)]
        [InlineData(32)]
        public void AesGcmMatchesDotNet(int keyLength)
        {
            Random random = new Random(400 + keyLength);
            byte[] nonce = new byte[12];
            for (int i = 0; i < Rounds; i++)
            {
                byte[] key = RandomBytes(random, keyLength);
                byte[] aad = RandomBytes(random, random.Next(0, 64));
                byte[] plain = RandomBytes(random, i < 100 ? i : random.Next(0, 3000));
                random.NextBytes(nonce);
                byte[] expected = new byte[plain.Length + 16];
                using (AesGcm reference = new AesGcm(key, 16))
                {
                    reference.Encrypt(nonce, plain, expected.AsSpan(0, plain.Length), expected.AsSpan(plain.Length), aad);
                }

                CheckAead(EncoAeadAlgorithm.AesGcm, key, nonce, aad, plain, expected, random);
            }
        }

        [Fact]
        public void ChaCha20Poly1305MatchesDotNet()
        {
            Random random = new Random(500);
            byte[] nonce = new byte[12];
            for (int i = 0; i < Rounds; i++)
            {
                byte[] key = RandomBytes(random, 32);
                byte[] aad = RandomBytes(random, random.Next(0, 64));
                byte[] plain = RandomBytes(random, i < 100 ? i : random.Next(0, 3000));
                random.NextBytes(nonce);
                byte[] expected = new byte[plain.Length + 16];
                using (ChaCha20Poly1305 reference = new ChaCha20Poly1305(key))
                {
                    reference.Encrypt(nonce, plain, expected.AsSpan(0, plain.Length), expected.AsSpan(plain.Length), aad);
                }

                CheckAead(EncoAeadAlgorithm.ChaCha20Poly1305, key, nonce, aad, plain, expected, random);
            }
        }

        /// <summary>Seal at a random offset, open in place; a one-bit change anywhere is refused.</summary>
        private static void CheckAead(int algorithm, byte[] key, byte[] nonce, byte[] aad, byte[] plain, byte[] expected, Random random)
        {
            using Aead aead = new Aead(algorithm, key, 0, key.Length);
            int offset = random.Next(0, 20);
            byte[] buffer = new byte[offset + expected.Length];
            aead.Seal(nonce, 0, 12, aad, 0, aad.Length, plain, 0, plain.Length, buffer, offset);
            Assert.Equal(expected, buffer.AsSpan(offset).ToArray());

            Assert.True(aead.Open(nonce, 0, 12, aad, 0, aad.Length, buffer, offset, expected.Length, buffer, offset));
            Assert.Equal(plain, buffer.AsSpan(offset, plain.Length).ToArray());

            expected.CopyTo(buffer, offset);
            buffer[offset + random.Next(0, expected.Length)] ^= (byte)(1 << random.Next(0, 8));
            byte[] output = new byte[plain.Length];
            Assert.False(aead.Open(nonce, 0, 12, aad, 0, aad.Length, buffer, offset, expected.Length, output, 0));
        }

        [Theory]
        [InlineData(16)]
        [InlineData(24)]
        [InlineData(32)]
        public void AesEcbCbcCtrMatchDotNet(int keyLength)
        {
            Random random = new Random(600 + keyLength);
            byte[] iv = new byte[16];
            for (int i = 0; i < Rounds; i++)
            {
                byte[] key = RandomBytes(random, keyLength);
                byte[] plain = RandomBytes(random, 16 * random.Next(0, 100));
                random.NextBytes(iv);
                using Aes reference = Aes.Create();
                reference.Key = key;
                using BlockCipher aes = new BlockCipher(EncoCipherAlgorithm.Aes, key, 0, key.Length);
                byte[] output = new byte[plain.Length];

                aes.EncryptEcb(plain, 0, plain.Length, output, 0);
                Assert.Equal(reference.EncryptEcb(plain, PaddingMode.None), output);
                aes.DecryptEcb(output, 0, output.Length, output, 0);
                Assert.Equal(plain, output);

                aes.EncryptCbc(iv, 0, plain, 0, plain.Length, output, 0);
                Assert.Equal(reference.EncryptCbc(plain, iv, PaddingMode.None), output);
                aes.DecryptCbc(iv, 0, output, 0, output.Length, output, 0);
                Assert.Equal(plain, output);

                // CTR has no .NET API: its keystream is ECB over the counter blocks (SP 800-38A section 6.5).
                int ctrLength = random.Next(0, plain.Length + 1);
                aes.TransformCtr(iv, 0, plain, 0, ctrLength, output, 0);
                Assert.Equal(CtrReference(reference, iv, plain.AsSpan(0, ctrLength)), output.AsSpan(0, ctrLength).ToArray());
            }
        }

        private static byte[] CtrReference(Aes aes, byte[] initialCounter, ReadOnlySpan<byte> input)
        {
            byte[] counter = (byte[])initialCounter.Clone();
            byte[] output = new byte[input.Length];
            for (int block = 0; block * 16 < input.Length; block++)
            {
                byte[] stream = aes.EncryptEcb(counter, PaddingMode.None);
                for (int j = 0; j < 16 && block * 16 + j < input.Length; j++)
                {
                    output[block * 16 + j] = (byte)(input[block * 16 + j] ^ stream[j]);
                }

                for (int k = 15; k >= 0 && ++counter[k] == 0; k--)
                {
                }
            }

            return output;
        }

        [Theory]
        [InlineData(EncoCipherAlgorithm.Des, 8)]
        [InlineData(EncoCipherAlgorithm.TripleDes, 16)]
        [InlineData(EncoCipherAlgorithm.TripleDes, 24)]
        public void DesAndTripleDesMatchDotNet(int algorithm, int keyLength)
        {
            Random random = new Random(700 + keyLength);
            byte[] iv = new byte[8];
            int compared = 0;
            for (int i = 0; i < Rounds; i++)
            {
                byte[] key = RandomBytes(random, keyLength);
                byte[] plain = RandomBytes(random, 8 * random.Next(0, 60));
                random.NextBytes(iv);
                using SymmetricAlgorithm reference = algorithm == EncoCipherAlgorithm.Des ? DES.Create() : TripleDES.Create();
                try
                {
                    // 2-key 3DES is keying option 2 of SP 800-67: K3 = K1. OpenSSL under .NET wants it spelled out.
                    reference.Key = keyLength == 16 ? [.. key, .. key.AsSpan(0, 8)] : key;
                }
                catch (CryptographicException)
                {
                    continue; // .NET refuses weak keys; the engine, for legacy peers, does not
                }

                using BlockCipher cipher = new BlockCipher(algorithm, key, 0, key.Length);
                byte[] output = new byte[plain.Length];
                cipher.EncryptCbc(iv, 0, plain, 0, plain.Length, output, 0);
                Assert.Equal(reference.EncryptCbc(plain, iv, PaddingMode.None), output);
                cipher.DecryptEcb(output, 0, output.Length, output, 0);
                Assert.Equal(reference.DecryptEcb(reference.EncryptCbc(plain, iv, PaddingMode.None), PaddingMode.None), output);
                compared++;
            }

            Assert.True(compared > Rounds * 9 / 10);
        }
    }
}
