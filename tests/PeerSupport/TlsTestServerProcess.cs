using System;
using System.IO;
using System.Text.RegularExpressions;

namespace PeerSupport
{
    /// <summary>
    /// tests/TlsTestServer (the TLS engine behind a socket, HTTP mode) started inside a namespace: its port, and the
    /// lines it prints per finished connection ("connection handshake=yes version=TLSv1.3 suite=... group=...").
    /// </summary>
    public sealed class TlsTestServerProcess
    {
        private static readonly Regex ConnectionLine = new Regex("^connection [^\n]*$", RegexOptions.Multiline);

        private readonly NamespaceProcess _process;

        private TlsTestServerProcess(NamespaceProcess process, int port)
        {
            _process = process;
            Port = port;
        }

        public int Port { get; }

        public NamespaceProcess Process
        {
            get { return _process; }
        }

        /// <summary>Starts the server (key "ecdsa" or "rsa") in <paramref name="ns"/> and waits for its port.</summary>
        public static TlsTestServerProcess Start(NetworkNamespace ns, string key, int lifetimeSeconds)
        {
            NamespaceProcess process = ns.Start(PeerPrograms.DotnetHost(),
                new[] { Locate(), "--key", key, "--lifetime", lifetimeSeconds.ToString() });
            Match listening = process.Stdout.WaitFor(new Regex("listening (\\d+)"), TimeSpan.FromSeconds(60));
            return new TlsTestServerProcess(process, int.Parse(listening.Groups[1].Value));
        }

        /// <summary>The next finished connection's line, within the timeout.</summary>
        public string NextConnection(TimeSpan timeout)
        {
            return _process.Stdout.WaitFor(ConnectionLine, timeout).Value;
        }

        /// <summary>Every connection line printed so far.</summary>
        public string[] Connections()
        {
            MatchCollection matches = ConnectionLine.Matches(_process.Stdout.Text);
            string[] lines = new string[matches.Count];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = matches[i].Value;
            }

            return lines;
        }

        /// <summary>TlsTestServer.dll beside the test assembly (project reference), else in artifacts/bin.</summary>
        public static string Locate()
        {
            string beside = Path.Combine(AppContext.BaseDirectory, "TlsTestServer.dll");
            if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "TlsTestServer.runtimeconfig.json")))
            {
                return beside;
            }

            string built = Path.Combine(PeerPrograms.RepositoryRoot(), "artifacts", "bin", "TlsTestServer", "debug", "TlsTestServer.dll");
            if (!File.Exists(built))
            {
                throw new FileNotFoundException("TlsTestServer.dll not found; build tests/TlsTestServer", built);
            }

            return built;
        }
    }
}
