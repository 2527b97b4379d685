using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using Router.Tls.Client;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// The board's loop for one client connection, on a real socket to 127.0.0.1: start the engine, send its
    /// output, feed what arrives, send a request once connected, collect the answer until the server closes.
    /// Also starts `openssl s_server` on a free port and stops it by its PID.
    /// </summary>
    internal static class ClientSocketRunner
    {
        public sealed class Outcome
        {
            public bool HandshakeComplete;
            public string Response = "";
            public int AlertSent = AlertDescription.None;
            public int AlertReceived = AlertDescription.None;
            public string State;

            public override string ToString()
            {
                return "state " + State + ", handshake " + HandshakeComplete + ", alert sent " + AlertSent + ", received "
                    + AlertReceived + "\n--- response\n" + Response;
            }
        }

        /// <summary>One monotonic clock for every connection, as on the board (tickets are aged with it).</summary>
        private static readonly Stopwatch Clock = Stopwatch.StartNew();

        public static Outcome Run(TlsClientEngine engine, int port, string request, int timeoutMs)
        {
            Outcome outcome = new Outcome();
            Stopwatch clock = Clock;
            long end = clock.ElapsedMilliseconds + timeoutMs;
            byte[] buffer = new byte[32768];
            byte[] plain = new byte[16384];
            MemoryStream received = new MemoryStream();
            using (Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
            {
                socket.Connect(IPAddress.Loopback, port);
                engine.Start(clock.ElapsedMilliseconds);
                bool sent = false;
                while (clock.ElapsedMilliseconds < end)
                {
                    int n;
                    while ((n = engine.TakeOutput(buffer, 0, buffer.Length)) > 0)
                    {
                        socket.Send(buffer, 0, n, SocketFlags.None);
                    }

                    if (engine.IsClosed)
                    {
                        break;
                    }

                    if (engine.IsHandshakeComplete && !sent)
                    {
                        outcome.HandshakeComplete = true;
                        byte[] bytes = Encoding.ASCII.GetBytes(request);
                        engine.WriteApplicationData(bytes, 0, bytes.Length);
                        sent = true;
                        continue;
                    }

                    if (!socket.Poll(20000, SelectMode.SelectRead))
                    {
                        engine.Tick(clock.ElapsedMilliseconds);
                        continue;
                    }

                    int count;
                    try
                    {
                        count = socket.Receive(buffer, 0, buffer.Length, SocketFlags.None);
                    }
                    catch (SocketException)
                    {
                        break;
                    }

                    if (count == 0)
                    {
                        break;
                    }

                    int fed = 0;
                    while (fed < count)
                    {
                        fed += engine.Feed(buffer, fed, count - fed, clock.ElapsedMilliseconds);
                        int read;
                        while ((read = engine.ReadApplicationData(plain, 0, plain.Length)) > 0)
                        {
                            received.Write(plain, 0, read);
                        }

                        if (engine.IsClosed)
                        {
                            break;
                        }
                    }
                }
            }

            outcome.HandshakeComplete |= engine.IsHandshakeComplete;
            outcome.Response = Encoding.ASCII.GetString(received.ToArray());
            outcome.AlertSent = engine.AlertSent;
            outcome.AlertReceived = engine.AlertReceived;
            outcome.State = TlsClientState.Name(engine.State);
            engine.Dispose();
            return outcome;
        }

        /// <summary>An `openssl s_server` on 127.0.0.1, started on a free port; disposed: killed by its PID.</summary>
        public sealed class Server : IDisposable
        {
            private readonly Process _process;
            private readonly StringBuilder _output = new StringBuilder();
            private readonly ManualResetEventSlim _ready = new ManualResetEventSlim(false);

            public readonly int Port;

            public Server(string[] arguments)
            {
                TcpListener probe = new TcpListener(IPAddress.Loopback, 0);
                probe.Start();
                Port = ((IPEndPoint)probe.LocalEndpoint).Port;
                probe.Stop();
                ProcessStartInfo start = new ProcessStartInfo("openssl")
                {
                    RedirectStandardInput = true,
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                };
                start.ArgumentList.Add("s_server");
                start.ArgumentList.Add("-accept");
                start.ArgumentList.Add("127.0.0.1:" + Port);
                foreach (string argument in arguments)
                {
                    start.ArgumentList.Add(argument);
                }

                _process = Process.Start(start);
                _process.OutputDataReceived += (sender, e) => Line(e.Data);
                _process.ErrorDataReceived += (sender, e) => Line(e.Data);
                _process.BeginOutputReadLine();
                _process.BeginErrorReadLine();
                if (!_ready.Wait(15000))
                {
                    Dispose();
                    throw new InvalidOperationException("s_server did not start: " + Output);
                }
            }

            public string Output
            {
                get
                {
                    lock (_output)
                    {
                        return _output.ToString();
                    }
                }
            }

            private void Line(string line)
            {
                if (line == null)
                {
                    return;
                }

                lock (_output)
                {
                    _output.AppendLine(line);
                }

                if (line.StartsWith("ACCEPT", StringComparison.Ordinal))
                {
                    _ready.Set();
                }
            }

            public void Dispose()
            {
                try
                {
                    if (!_process.HasExited)
                    {
                        _process.Kill();
                        _process.WaitForExit(5000);
                    }
                }
                catch (InvalidOperationException)
                {
                }

                _process.Dispose();
            }
        }
    }
}
