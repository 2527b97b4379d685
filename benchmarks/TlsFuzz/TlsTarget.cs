using System;
using Router.Tls;
using Router.Tls.Client;
using Router.Tls.Diagnostics;

namespace TlsFuzz
{
    /// <summary>
    /// Man-in-the-middle fuzzing of real handshakes: a fresh client and server engine run a TLS 1.3 or 1.2 handshake
    /// in memory; one flight in one direction is mutated and delivered in random Feed splits, the rest flows as is.
    /// Invariants on the receiving engine: nothing throws; closed means an alert was sent or received; a flight
    /// whose transcript-covered bytes changed (handshake and application-data record contents, RFC 8446 4.4.1;
    /// record headers and ChangeCipherSpec are outside the transcript) never leads to a completed handshake, because
    /// Finished (RFC 8446 4.4.4, RFC 5246 7.4.9) must then fail; an unmutated flight split anyhow must complete.
    /// </summary>
    internal sealed class TlsTarget
    {
        private const int ToServer = 0;
        private const int ToClient = 1;

        private readonly FuzzCertificate _certificate = new FuzzCertificate();
        private readonly byte[] _buffer = new byte[70000];
        private readonly int[,] _flights = new int[2, 2];
        public readonly FuzzStats ServerStats = new FuzzStats("tls server engine (mutated client flights)");
        public readonly FuzzStats ClientStats = new FuzzStats("tls client engine (mutated server flights)");

        public TlsTarget()
        {
            // Count each direction's flights in clean handshakes, so a case can pick any of them.
            for (int tls13 = 0; tls13 < 2; tls13++)
            {
                for (int direction = 0; direction < 2; direction++)
                {
                    CaseResult clean = Run(tls13 == 1, direction, int.MaxValue, 0, new Random(1));
                    if (!clean.ServerComplete || !clean.ClientComplete)
                    {
                        throw new InvalidOperationException("clean TLS " + (tls13 == 1 ? "1.3" : "1.2") + " handshake did not complete");
                    }

                    _flights[tls13, direction] = clean.FlightsSeen;
                }
            }
        }

        public void RunCase(int caseSeed, bool toServer)
        {
            Random rng = new Random(caseSeed);
            bool tls13 = rng.Next(2) == 0;
            int direction = toServer ? ToServer : ToClient;
            int flight = rng.Next(1, _flights[tls13 ? 1 : 0, direction] + 1);
            int kind = rng.Next(Mutator.Names.Length);
            FuzzStats stats = toServer ? ServerStats : ClientStats;
            stats.Cases++;
            string what = "TLS " + (tls13 ? "1.3" : "1.2") + " " + (toServer ? "client" : "server") + " flight " + flight + " " + Mutator.Names[kind] + ", case seed " + caseSeed;
            CaseResult r;
            try
            {
                r = Run(tls13, direction, flight, kind, rng);
            }
            catch (Exception e)
            {
                stats.Fail(what + ": " + e.GetType().Name + " escaped: " + e.Message);
                return;
            }

            stats.Count(r.AlertSent == AlertDescription.None ? (r.ReceiverClosed ? "closed, no alert sent" : (r.ReceiverComplete ? "completed" : "waiting, no alert")) : SslNames.Alert(r.AlertSent));
            string failure = null;
            if (r.Exception != null)
            {
                failure = r.Exception;
            }
            else if (r.ReceiverClosed && r.AlertSent == AlertDescription.None && r.AlertReceived == AlertDescription.None)
            {
                failure = "closed without an alert sent or received";
            }
            else if (r.TranscriptChanged && !r.ReceiverCompleteBefore && r.ReceiverComplete)
            {
                failure = "handshake completed although the flight's transcript bytes changed";
            }
            else if (kind == 0 && (!r.ServerComplete || !r.ClientComplete))
            {
                failure = "unmutated flight (only split) did not complete the handshake";
            }

            if (failure != null)
            {
                stats.Fail(what + ": " + failure + "; mutated flight hex " + Convert.ToHexString(r.Mutated ?? new byte[0]) + "; original " + Convert.ToHexString(r.Original ?? new byte[0]));
            }
        }

        private sealed class CaseResult
        {
            public int FlightsSeen;
            public bool ServerComplete, ClientComplete, ReceiverComplete, ReceiverCompleteBefore, ReceiverClosed, TranscriptChanged;
            public int AlertSent = AlertDescription.None, AlertReceived = AlertDescription.None;
            public byte[] Original, Mutated;
            public string Exception;
        }

        private CaseResult Run(bool tls13, int direction, int targetFlight, int kind, Random rng)
        {
            TlsServerEngine server = new TlsServerEngine(_certificate.ServerConfig(new TlsCounters()));
            TlsClientConfig config = new TlsClientConfig(new TlsCounters(), new EncoTlsEntropy(), _certificate);
            config.ServerName = "router.test";
            config.ApplicationProtocols = new string[] { "http/1.1" };
            config.OfferTls13 = tls13;
            config.OfferTls12 = !tls13;
            TlsClientEngine client = new TlsClientEngine(config);
            CaseResult r = new CaseResult();
            long now = 1000;
            int[] seen = new int[2];
            client.Start(now);
            for (int round = 0; round < 40; round++)
            {
                int moved = 0;
                for (int d = 0; d < 2; d++)
                {
                    byte[] flight = d == ToServer ? Drain(client) : Drain(server);
                    if (flight.Length == 0)
                    {
                        continue;
                    }

                    moved += flight.Length;
                    seen[d]++;
                    bool target = d == direction && seen[d] == targetFlight;
                    if (target)
                    {
                        r.Original = flight;
                        r.Mutated = Mutator.Mutate(flight, kind, rng);
                        r.TranscriptChanged = !Covered(flight).AsSpan().SequenceEqual(Covered(r.Mutated));
                        r.ReceiverCompleteBefore = d == ToServer ? server.IsHandshakeComplete : client.IsHandshakeComplete;
                        flight = r.Mutated;
                    }

                    int[] splits = target ? Mutator.Splits(flight.Length, rng) : new int[] { flight.Length };
                    string error = d == ToServer ? FeedServer(server, flight, splits, now) : FeedClient(client, flight, splits, now);
                    if (error != null && r.Exception == null)
                    {
                        r.Exception = error;
                    }
                }

                if (moved == 0)
                {
                    break;
                }
            }

            r.FlightsSeen = seen[direction];
            r.ServerComplete = server.IsHandshakeComplete;
            r.ClientComplete = client.IsHandshakeComplete;
            r.ReceiverComplete = direction == ToServer ? r.ServerComplete : r.ClientComplete;
            r.ReceiverClosed = direction == ToServer ? server.IsClosed : client.IsClosed;
            r.AlertSent = direction == ToServer ? server.AlertSent : client.AlertSent;
            r.AlertReceived = direction == ToServer ? server.AlertReceived : client.AlertReceived;
            try
            {
                // Exercise the timers too: a stalled handshake must close quietly, not throw.
                server.Tick(now + 60000);
                client.Tick(now + 60000);
                server.TakeEvents();
                client.TakeEvents();
                Drain(server);
                Drain(client);
            }
            catch (Exception e)
            {
                r.Exception = r.Exception ?? "Tick/TakeOutput threw " + e.GetType().Name + ": " + e.Message;
            }

            server.Dispose();
            client.Dispose();
            return r;
        }

        private byte[] Drain(TlsServerEngine engine)
        {
            byte[] all = new byte[0];
            int n;
            while ((n = engine.TakeOutput(_buffer, 0, _buffer.Length)) > 0)
            {
                all = Append(all, _buffer, 0, n);
            }

            return all;
        }

        private byte[] Drain(TlsClientEngine engine)
        {
            byte[] all = new byte[0];
            int n;
            while ((n = engine.TakeOutput(_buffer, 0, _buffer.Length)) > 0)
            {
                all = Append(all, _buffer, 0, n);
            }

            return all;
        }

        private string FeedServer(TlsServerEngine engine, byte[] flight, int[] splits, long now)
        {
            try
            {
                byte[] pending = new byte[0];
                int at = 0;
                foreach (int n in splits)
                {
                    pending = Append(pending, flight, at, n);
                    at += n;
                    int fed = 0;
                    int taken;
                    while (fed < pending.Length && (taken = engine.Feed(pending, fed, pending.Length - fed, now)) > 0)
                    {
                        fed += taken;
                        while (engine.ReadApplicationData(_buffer, 0, _buffer.Length) > 0) { }
                    }

                    pending = pending.AsSpan(fed).ToArray();
                }

                return null;
            }
            catch (Exception e)
            {
                return "server Feed/ReadApplicationData threw " + e.GetType().Name + ": " + e.Message;
            }
        }

        private string FeedClient(TlsClientEngine engine, byte[] flight, int[] splits, long now)
        {
            try
            {
                byte[] pending = new byte[0];
                int at = 0;
                foreach (int n in splits)
                {
                    pending = Append(pending, flight, at, n);
                    at += n;
                    int fed = 0;
                    int taken;
                    while (fed < pending.Length && (taken = engine.Feed(pending, fed, pending.Length - fed, now)) > 0)
                    {
                        fed += taken;
                        while (engine.ReadApplicationData(_buffer, 0, _buffer.Length) > 0) { }
                    }

                    pending = pending.AsSpan(fed).ToArray();
                }

                return null;
            }
            catch (Exception e)
            {
                return "client Feed/ReadApplicationData threw " + e.GetType().Name + ": " + e.Message;
            }
        }

        /// <summary>
        /// The bytes the transcript (or the record protection) covers: each handshake (22) or application-data (23)
        /// record's type and contents; any other record type (ChangeCipherSpec 20, alert 21, garbage) counts as its
        /// type and contents too unless it is a well-formed ChangeCipherSpec, so turning one into another shows.
        /// An incomplete trailing record is left out: the engine waits for the rest before it reads any of it.
        /// </summary>
        private static byte[] Covered(byte[] stream)
        {
            var covered = new System.Collections.Generic.List<byte>();
            int at = 0;
            while (at + 5 <= stream.Length)
            {
                int length = (stream[at + 3] << 8) | stream[at + 4];
                if (at + 5 + length > stream.Length)
                {
                    break;
                }

                bool changeCipherSpec = stream[at] == 20 && length == 1 && stream[at + 5] == 1;
                if (!changeCipherSpec)
                {
                    covered.Add(stream[at]);
                    for (int i = 0; i < length; i++) covered.Add(stream[at + 5 + i]);
                }

                at += 5 + length;
            }

            // An incomplete trailing record is not processed yet, so it cannot have reached the transcript.
            return covered.ToArray();
        }

        private static byte[] Append(byte[] a, byte[] b, int offset, int count)
        {
            byte[] both = new byte[a.Length + count];
            Array.Copy(a, 0, both, 0, a.Length);
            Array.Copy(b, offset, both, a.Length, count);
            return both;
        }
    }
}
