using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using Router.Enco;

namespace EncoBench
{
    /// <summary>
    /// The public-key rows: operations per second through the C# facade (key blobs parsed on every call, see
    /// native-interop/enco/README.md) next to one `openssl speed ecdsap256 rsa2048 ecdhx25519` run made now,
    /// and the managed bytes each call allocates.
    /// </summary>
    internal static class PublicKeyRows
    {
        private sealed class Row
        {
            public Row(string name, Action call, string reference)
            {
                Name = name;
                Call = call;
                Reference = reference;
            }

            public string Name { get; }

            public Action Call { get; }

            /// <summary>The key of the `openssl speed` figure it compares with.</summary>
            public string Reference { get; }
        }

        public static void Print(int seconds)
        {
            Dictionary<string, double> openssl = OpenSslSpeed(seconds);
            List<Row> rows = Rows();

            Console.WriteLine();
            Console.WriteLine("Public key, operations per second (openssl speed -seconds {0} ecdsap256 rsa2048 ecdhx25519):", seconds);
            Console.WriteLine("  {0,-30} {1,10} {2,-24} {3,10} {4,9} {5,12}", "operation", "ours op/s", "reference", "ref op/s", "ours/ref", "bytes/call");
            foreach (Row row in rows)
            {
                double ours = Measure.CallsPerSecond(row.Call, seconds);
                double reference = openssl.TryGetValue(row.Reference, out double value) ? value : double.NaN;
                Console.WriteLine("  {0,-30} {1,10:F0} {2,-24} {3,10:F0} {4,9:F2} {5,12:F1}", row.Name, ours, row.Reference, reference,
                    ours / reference, Measure.BytesAllocatedPerCall(row.Call));
            }
        }

        private static List<Row> Rows()
        {
            EncoKey x25519 = EncoKey.Generate(EncoKeyType.X25519, 0);
            EncoKey p256 = EncoKey.Generate(EncoKeyType.EcP256, 0);
            EncoKey rsa = EncoKey.Generate(EncoKeyType.Rsa, 2048);
            byte[] peer = new byte[32];
            byte[] point = new byte[65];
            byte[] rsaPublic = new byte[300];
            byte[] digest = new byte[32];
            byte[] secret = new byte[32];
            byte[] ecdsaSignature = new byte[Ecdsa.MaxSignatureSize];
            byte[] rsaSignature = new byte[256];
            byte[] ciphertext = new byte[256];
            byte[] premaster = new byte[48];

            EncoKey.Generate(EncoKeyType.X25519, 0).ExportPublic(EncoKeyFormat.PublicRaw, peer, 0);
            p256.ExportPublic(EncoKeyFormat.PublicRaw, point, 0);
            int rsaPublicLength = rsa.ExportPublic(EncoKeyFormat.PublicRaw, rsaPublic, 0);
            int ecdsaLength = Ecdsa.Sign(p256, EncoHashAlgorithm.Sha256, digest, 0, 32, Ecdsa.Der, ecdsaSignature, 0);
            Rsa.Sign(rsa, Rsa.Pkcs1V15, EncoHashAlgorithm.Sha256, digest, 0, 32, rsaSignature, 0);
            Rsa.Encrypt(rsaPublic, 0, rsaPublicLength, EncoKeyFormat.PublicRaw, premaster, 0, 48, ciphertext, 0);

            return new List<Row>
            {
                new Row("X25519 agree", () => KeyAgreement.Agree(x25519, EncoKeyFormat.PublicRaw, peer, 0, 32, secret, 0), "ecdh X25519 op"),
                new Row("ECDSA P-256 sign (RFC 6979)",
                    () => Ecdsa.Sign(p256, EncoHashAlgorithm.Sha256, digest, 0, 32, Ecdsa.Der, ecdsaSignature, 0), "ecdsa nistp256 sign"),
                new Row("ECDSA P-256 verify",
                    () => Ecdsa.Verify(EncoKeyType.EcP256, point, 0, 65, EncoKeyFormat.PublicRaw, digest, 0, 32, Ecdsa.Der, ecdsaSignature, 0, ecdsaLength),
                    "ecdsa nistp256 verify"),
                new Row("RSA-2048 sign PKCS#1 v1.5",
                    () => Rsa.Sign(rsa, Rsa.Pkcs1V15, EncoHashAlgorithm.Sha256, digest, 0, 32, rsaSignature, 0), "rsa 2048 sign"),
                new Row("RSA-2048 verify PKCS#1 v1.5",
                    () => Rsa.Verify(rsaPublic, 0, rsaPublicLength, EncoKeyFormat.PublicRaw, Rsa.Pkcs1V15, EncoHashAlgorithm.Sha256, digest, 0, 32, rsaSignature, 0, 256),
                    "rsa 2048 verify"),
                new Row("RSA-2048 private (decrypt, IR)",
                    () => Rsa.DecryptImplicit(rsa, ciphertext, 0, 256, premaster, 0, 48), "rsa 2048 sign"),
            };
        }

        /// <summary>
        /// One `openssl speed` run for the three algorithms, as "rsa 2048 sign", "ecdsa nistp256 verify",
        /// "ecdh X25519 op" and so on (its sign/s, verify/s and op/s columns).
        /// </summary>
        private static Dictionary<string, double> OpenSslSpeed(int seconds)
        {
            Dictionary<string, double> figures = new Dictionary<string, double>();
            string output = RunOpenSsl("speed -seconds " + seconds + " ecdsap256 rsa2048 ecdhx25519");
            foreach (string line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] f = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // "rsa 2048 bits 0.000275s 0.000017s 3630.3 58804.4"
                if (f.Length == 7 && f[0] == "rsa" && f[1] == "2048")
                {
                    figures["rsa 2048 sign"] = Number(f[5]);
                    figures["rsa 2048 verify"] = Number(f[6]);
                }
                // "256 bits ecdsa (nistp256) 0.0000s 0.0001s 51001.1 18732.3"
                else if (f.Length == 8 && f[2] == "ecdsa" && f[3] == "(nistp256)")
                {
                    figures["ecdsa nistp256 sign"] = Number(f[6]);
                    figures["ecdsa nistp256 verify"] = Number(f[7]);
                }
                // "253 bits ecdh (X25519) 0.0000s 31899.0"
                else if (f.Length == 6 && f[2] == "ecdh" && f[3] == "(X25519)")
                {
                    figures["ecdh X25519 op"] = Number(f[5]);
                }
            }

            return figures;
        }

        private static string RunOpenSsl(string arguments)
        {
            ProcessStartInfo start = new ProcessStartInfo("openssl", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using Process process = Process.Start(start);
            string output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output;
        }

        private static double Number(string text)
        {
            return double.Parse(text, CultureInfo.InvariantCulture);
        }
    }
}
