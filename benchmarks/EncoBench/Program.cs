using System;
using System.Collections.Generic;
using System.Globalization;
using Router.Enco;

namespace EncoBench
{
    /// <summary>
    /// `EncoBench -native PATH [-seconds N]`: the ENCO engine's throughput through the C# facade next to
    /// `openssl speed` measured now, our GCM against mbedTLS's, the board's AEAD order, managed bytes
    /// allocated per call and the P/Invoke overhead per call. Ratios are ours / reference.
    /// </summary>
    public static class Program
    {
        private const double MiB = 1024 * 1024;

        public static int Main(string[] args)
        {
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            string native = Option(args, "-native", null);
            int seconds = int.Parse(Option(args, "-seconds", "2"));
            if (native == null)
            {
                Console.Error.WriteLine("usage: EncoBench -native <enco_native_bench> [-seconds N] (benchmarks/enco-bench.sh runs it)");
                return 2;
            }

            EncoEngine.EnsureCompatible();
            Console.WriteLine("ENCO engine benchmark: {0}, {1} s per measurement", Environment.OSVersion, seconds);
            Console.WriteLine();
            Console.WriteLine("{0,-26} {1,7} {2,12} {3,-32} {4,12} {5,9}", "operation", "bytes", "ours MiB/s", "reference", "ref MiB/s", "ours/ref");

            List<BenchRow> rows = Rows.Throughput();
            foreach (BenchRow row in rows)
            {
                double ours = Measure.CallsPerSecond(row.Call, seconds) * row.BytesPerCall / MiB;
                double reference = row.OpenSslArguments == null ? double.NaN : Reference.OpenSslSpeed(row.OpenSslArguments, row.BytesPerCall, seconds);
                Console.WriteLine("{0,-26} {1,7} {2,12:F1} {3,-32} {4,12:F1} {5,9:F2}", row.Name, row.BytesPerCall, ours,
                    row.OpenSslArguments == null ? "-" : "openssl speed " + row.OpenSslArguments, reference, ours / reference);
            }

            Dictionary<string, double> nativeFigures = Reference.Native(native, seconds);
            Console.WriteLine();
            Console.WriteLine("AEAD seal on 16 KiB in C (no P/Invoke), MiB/s:");
            Console.WriteLine("  AES-128-GCM        ours (AES block + 4-bit GHASH) {0,8:F1}   mbedTLS {1,8:F1}   ours/mbedTLS {2:F2}",
                nativeFigures["gcm.enco"], nativeFigures["gcm.mbedtls"], nativeFigures["gcm.enco"] / nativeFigures["gcm.mbedtls"]);
            Console.WriteLine("  ChaCha20-Poly1305  ours (mbedTLS primitives)      {0,8:F1}   mbedTLS {1,8:F1}   ours/mbedTLS {2:F2}",
                nativeFigures["chachapoly.enco"], nativeFigures["chachapoly.mbedtls"], nativeFigures["chachapoly.enco"] / nativeFigures["chachapoly.mbedtls"]);
            Console.WriteLine("  engine's AEAD order on this board: {0}, then {1}", AeadName(EncoAeadAlgorithm.Preferred(0)), AeadName(EncoAeadAlgorithm.Preferred(1)));

            Console.WriteLine();
            Console.WriteLine("Managed bytes allocated per call (steady state):");
            foreach (BenchRow row in rows)
            {
                Console.WriteLine("  {0,-26} {1,6:F1}", row.Name, Measure.BytesAllocatedPerCall(row.Call));
            }

            Console.WriteLine();
            Console.WriteLine("Per call on 64-byte inputs: C# facade + P/Invoke vs the same call in C:");
            foreach (BenchRow row in Rows.Calls64())
            {
                double managed = 1e9 / Measure.CallsPerSecond(row.Call, seconds / 2.0);
                double inC = nativeFigures["call64." + row.Name];
                Console.WriteLine("  {0,-8} C# {1,8:F0} ns   C {2,8:F0} ns   overhead {3,6:F0} ns ({4:F2}x)", row.Name, managed, inC, managed - inC, managed / inC);
            }

            PublicKeyRows.Print(seconds);
            return 0;
        }

        private static string AeadName(int algorithm)
        {
            return algorithm == EncoAeadAlgorithm.AesGcm ? "AES-GCM" : "ChaCha20-Poly1305";
        }

        private static string Option(string[] args, string name, string fallback)
        {
            int index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }
    }
}
