using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using Xunit;
using Xunit.Abstractions;

namespace Router.Enco.HostTests
{
    /// <summary>
    /// The public-key Wycheproof files through the C# facade (P/Invoke into libenco.so), the same files ctest
    /// runs through the C API. Unlike the symmetric files these have "acceptable" tests; each file's tally
    /// says which way they went, per flag, and the expected split is asserted so a change of policy shows.
    /// </summary>
    public class PublicKeyWycheproofTests
    {
        private readonly ITestOutputHelper _output;

        public PublicKeyWycheproofTests(ITestOutputHelper output)
        {
            _output = output;
        }

        private sealed class Tally
        {
            public int ValidAccepted;
            public int InvalidRejected;
            public int AcceptableAccepted;
            public int AcceptableRejected;
            public readonly List<string> Failures = new List<string>();
            public readonly SortedDictionary<string, int[]> AcceptableFlags = new SortedDictionary<string, int[]>(StringComparer.Ordinal);

            public int Total
            {
                get { return ValidAccepted + InvalidRejected + AcceptableAccepted + AcceptableRejected + Failures.Count; }
            }

            /// <summary>An operation that was accepted (with this output match) or refused.</summary>
            public void Judge(JsonElement test, bool accepted, bool outputMatches = true)
            {
                string result = test.GetProperty("result").GetString();
                int id = test.GetProperty("tcId").GetInt32();
                if (accepted && !outputMatches)
                {
                    Failures.Add("tcId " + id + ": accepted with a different output");
                }
                else if (result == "valid")
                {
                    if (accepted) { ValidAccepted++; } else { Failures.Add("tcId " + id + ": valid refused"); }
                }
                else if (result == "invalid")
                {
                    if (accepted) { Failures.Add("tcId " + id + ": invalid accepted"); } else { InvalidRejected++; }
                }
                else
                {
                    if (accepted) { AcceptableAccepted++; } else { AcceptableRejected++; }
                    foreach (JsonElement flag in test.GetProperty("flags").EnumerateArray())
                    {
                        string name = flag.GetString();
                        if (!AcceptableFlags.TryGetValue(name, out int[] counts))
                        {
                            AcceptableFlags[name] = counts = new int[2];
                        }

                        counts[accepted ? 0 : 1]++;
                    }
                }
            }

            public override string ToString()
            {
                return ValidAccepted + " valid accepted, " + InvalidRejected + " invalid rejected, " + AcceptableAccepted +
                    " acceptable accepted, " + AcceptableRejected + " acceptable rejected, " + Failures.Count + " failed" +
                    string.Concat(AcceptableFlags.Select(f => "; " + f.Key + " " + f.Value[0] + "/" + f.Value[1]));
            }
        }

        private Tally Run(string file, Action<JsonElement, JsonElement, Tally> runCase, int acceptableAccepted, int acceptableRejected)
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(WycheproofFiles.PathOf(file)));
            Tally tally = new Tally();
            foreach ((JsonElement group, JsonElement test) in WycheproofFiles.Tests(document))
            {
                runCase(group, test, tally);
            }

            _output.WriteLine(file + ": " + tally);
            Assert.Empty(tally.Failures);
            Assert.Equal(document.RootElement.GetProperty("numberOfTests").GetInt32(), tally.Total);
            Assert.Equal(acceptableAccepted, tally.AcceptableAccepted);
            Assert.Equal(acceptableRejected, tally.AcceptableRejected);
            return tally;
        }

        private static byte[] Digest(JsonElement group, JsonElement test, out int hash)
        {
            byte[] msg = WycheproofFiles.Hex(test, "msg");
            switch (group.GetProperty("sha").GetString())
            {
                case "SHA-256":
                    hash = EncoHashAlgorithm.Sha256;
                    return SHA256.HashData(msg);
                case "SHA-384":
                    hash = EncoHashAlgorithm.Sha384;
                    return SHA384.HashData(msg);
                default:
                    throw new InvalidDataException("hash");
            }
        }

        [Theory]
        [InlineData("ecdsa_secp256r1_sha256_test.json", EncoKeyType.EcP256)]
        [InlineData("ecdsa_secp384r1_sha384_test.json", EncoKeyType.EcP384)]
        public void Ecdsa(string file, int type)
        {
            Run(file, (group, test, tally) =>
            {
                byte[] spki = WycheproofFiles.Hex(group, "publicKeyDer");
                byte[] digest = Digest(group, test, out _);
                byte[] sig = WycheproofFiles.Hex(test, "sig");
                tally.Judge(test, Router.Enco.Ecdsa.Verify(type, spki, 0, spki.Length, EncoKeyFormat.PublicSpki,
                    digest, 0, digest.Length, Router.Enco.Ecdsa.Der, sig, 0, sig.Length));
            }, 0, 0);
        }

        [Theory]
        [InlineData("ecdh_secp256r1_test.json", EncoKeyFormat.PublicSpki, 0, 230)]
        [InlineData("ecdh_secp256r1_ecpoint_test.json", EncoKeyFormat.PublicRaw, 0, 1)]
        public void Ecdh(string file, int peerFormat, int acceptableAccepted, int acceptableRejected)
        {
            Run(file, (group, test, tally) =>
            {
                byte[] scalar = Fixed(WycheproofFiles.Hex(test, "private"), 32);
                byte[] peer = WycheproofFiles.Hex(test, "public");
                byte[] shared = WycheproofFiles.Hex(test, "shared");
                byte[] secret = new byte[32];
                using EncoKey key = EncoKey.Import(EncoKeyType.EcP256, 0, EncoKeyFormat.PrivateRaw, scalar, 0, 32);
                int code = Refusal(() => KeyAgreement.Agree(key, peerFormat, peer, 0, peer.Length, secret, 0));
                Assert.True(code == EncoStatus.Ok || code == EncoStatus.BadPeerKey, "status " + code);
                tally.Judge(test, code == EncoStatus.Ok, secret.AsSpan().SequenceEqual(shared));
            }, acceptableAccepted, acceptableRejected);
        }

        /// <summary>Acceptable X25519 tests: the 31 that give the all-zero secret are refused, the others accepted.</summary>
        [Fact]
        public void X25519()
        {
            Tally tally = Run("x25519_test.json", (group, test, tally) =>
            {
                byte[] scalar = WycheproofFiles.Hex(test, "private");
                byte[] peer = WycheproofFiles.Hex(test, "public");
                byte[] shared = WycheproofFiles.Hex(test, "shared");
                byte[] secret = new byte[32];
                using EncoKey key = EncoKey.Import(EncoKeyType.X25519, 0, EncoKeyFormat.PrivateRaw, scalar, 0, 32);
                int code = Refusal(() => KeyAgreement.Agree(key, EncoKeyFormat.PublicRaw, peer, 0, peer.Length, secret, 0));
                Assert.True(code == EncoStatus.Ok || code == EncoStatus.BadPeerKey, "status " + code);
                Assert.Equal(code == EncoStatus.BadPeerKey, shared.All(b => b == 0));
                tally.Judge(test, code == EncoStatus.Ok, secret.AsSpan().SequenceEqual(shared));
            }, 223, 31);
            Assert.Equal(new[] { 0, 31 }, tally.AcceptableFlags["ZeroSharedSecret"]);
        }

        [Theory]
        [InlineData("rsa_signature_2048_sha256_test.json", Rsa.Pkcs1V15, 0, 1)]
        [InlineData("rsa_pss_2048_sha256_mgf1_32_test.json", Rsa.Pss, 0, 0)]
        public void RsaSignatures(string file, int padding, int acceptableAccepted, int acceptableRejected)
        {
            Run(file, (group, test, tally) =>
            {
                byte[] spki = WycheproofFiles.Hex(group, "publicKeyDer");
                byte[] pkcs1 = WycheproofFiles.Hex(group, "publicKeyAsn");
                byte[] digest = Digest(group, test, out int hash);
                byte[] sig = WycheproofFiles.Hex(test, "sig");
                bool withSpki = Rsa.Verify(spki, 0, spki.Length, EncoKeyFormat.PublicSpki, padding, hash, digest, 0, digest.Length, sig, 0, sig.Length);
                bool withPkcs1 = Rsa.Verify(pkcs1, 0, pkcs1.Length, EncoKeyFormat.PublicRaw, padding, hash, digest, 0, digest.Length, sig, 0, sig.Length);
                Assert.Equal(withSpki, withPkcs1);
                tally.Judge(test, withSpki);
            }, acceptableAccepted, acceptableRejected);
        }

        /// <summary>Explicit decryption judged by the file; implicit rejection must give valid messages unchanged.</summary>
        [Fact]
        public void RsaPkcs1Decryption()
        {
            Run("rsa_pkcs1_2048_test.json", (group, test, tally) =>
            {
                byte[] pkcs8 = WycheproofFiles.Hex(group, "privateKeyPkcs8");
                byte[] ct = WycheproofFiles.Hex(test, "ct");
                byte[] msg = WycheproofFiles.Hex(test, "msg");
                byte[] output = new byte[256];
                using EncoKey key = EncoKey.Import(EncoKeyType.Rsa, 0, EncoKeyFormat.PrivatePkcs8, pkcs8, 0, pkcs8.Length);
                int length = -1;
                int code = Refusal(() => length = Rsa.DecryptExplicit(key, ct, 0, ct.Length, output, 0));
                Assert.True(code == EncoStatus.Ok || code == EncoStatus.DecryptFailed, "status " + code);
                bool matches = length == msg.Length && output.AsSpan(0, msg.Length).SequenceEqual(msg);
                if (code == EncoStatus.Ok)
                {
                    byte[] implicitOutput = new byte[msg.Length];
                    Rsa.DecryptImplicit(key, ct, 0, ct.Length, implicitOutput, 0, msg.Length);
                    Assert.Equal(msg, implicitOutput);
                }

                tally.Judge(test, code == EncoStatus.Ok, matches);
            }, 0, 0);
        }

        private static byte[] Fixed(byte[] bigEndian, int size)
        {
            int skip = 0;
            while (bigEndian.Length - skip > size && bigEndian[skip] == 0)
            {
                skip++;
            }

            byte[] result = new byte[size];
            Array.Copy(bigEndian, skip, result, size - (bigEndian.Length - skip), bigEndian.Length - skip);
            return result;
        }

        private static int Refusal(Action call)
        {
            try
            {
                call();
                return EncoStatus.Ok;
            }
            catch (EncoException e)
            {
                return e.Code;
            }
        }
    }
}
