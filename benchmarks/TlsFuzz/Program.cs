using System;
using System.Diagnostics;

namespace TlsFuzz
{
    /// <summary>
    /// The long fuzz run: TlsFuzz [seconds, default 60] [seed, default random]. The time goes 40% to mutated client
    /// flights against the TLS server engine, 40% to mutated server flights against the TLS client engine and 20%
    /// to the HTTP request parser. Each case draws its own seed from the run's seeded System.Random, so a failure
    /// names the case seed; the handshake keys themselves are fresh per run, so the failing bytes are printed as hex.
    /// Exit code 1 on any failure.
    /// </summary>
    internal static class Program
    {
        private static int Main(string[] args)
        {
            double seconds = args.Length > 0 ? double.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 60;
            int seed = args.Length > 1 ? int.Parse(args[1]) : Environment.TickCount & 0x7FFFFFFF;
            Console.WriteLine("tls-fuzz: " + seconds + " s, seed " + seed + " (rerun: benchmarks/tls-fuzz.sh " + seconds + " " + seed + ")");
            Random run = new Random(seed);

            TlsTarget tls = new TlsTarget();
            HttpTarget http = new HttpTarget();
            Phase(seconds * 0.4, tls.ServerStats, () => tls.RunCase(run.Next(), true));
            Phase(seconds * 0.4, tls.ClientStats, () => tls.RunCase(run.Next(), false));
            Phase(seconds * 0.2, http.Stats, () => http.RunCase(run.Next()));

            tls.ServerStats.Print("alerts sent by description");
            tls.ClientStats.Print("alerts sent by description");
            http.Stats.Print("responses by status");
            long failures = tls.ServerStats.Failures + tls.ClientStats.Failures + http.Stats.Failures;
            Console.WriteLine(failures == 0 ? "tls-fuzz: failures: 0" : "tls-fuzz: FAILED (" + failures + " failures), seed " + seed);
            return failures == 0 ? 0 : 1;
        }

        private static void Phase(double seconds, FuzzStats stats, Action runCase)
        {
            Stopwatch clock = Stopwatch.StartNew();
            do
            {
                runCase();
            }
            while (clock.Elapsed.TotalSeconds < seconds);
            stats.Seconds = clock.Elapsed.TotalSeconds;
        }
    }
}
