using System;
using Router.Cli;
using Router.Device;
using Router.Tls;
using Router.Tls.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Host.Integration.Tests
{
    /// <summary>
    /// The SSL commands typed on the virtual device's console (set ssl, show ssl, show ssl counters, show ssl
    /// sessions, debug, their errors, and set ssl kept by a boot configuration across a restart), and, in this
    /// process, the bytes the ssl show commands and the monitor's record path allocate.
    /// </summary>
    public sealed class SslCommandsTests : IDisposable
    {
        private const string ManagerPassword = "manager-password";
        private static readonly TimeSpan Patience = VirtualDevice.Patience;

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        private static string Command(VirtualDevice device, string line)
        {
            device.Type(line + "\r");
            return device.Stdout.WaitFor("Manager > ", Patience);
        }

        private static void LogIn(VirtualDevice device)
        {
            device.Stdout.WaitFor("login: ", Patience);
            device.Type("manager\r");
            device.Stdout.WaitFor("Password: ", Patience);
            device.Type(ManagerPassword + "\r");
            device.Stdout.WaitFor("Manager > ", Patience);
        }

        [Fact]
        public void SetShowAndErrorsOnTheConsoleAndSetSslSurvivesARestart()
        {
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", ManagerPassword))
            {
                LogIn(device);
                string shown = Command(device, "sh ssl");
                Assert.Contains("SSL Configuration:", shown);
                Assert.Contains("Version ................................ TLSv1.2, TLSv1.3", shown);
                Assert.Contains("Maximum Number of Sessions ............. 2000 sessions\r\n", shown);
                Assert.Contains("Cache Timeout .......................... 300 seconds", shown);
                Assert.Contains("Debug Mode ............................. NONE", shown);
                Assert.Contains("ID      IP Address     Port    Application     Connections", shown);

                string set = Command(device, "set ssl ca=180 max=100 cip=(4865,0xC02B)");
                Assert.Contains("Info (1105001): Session resumption cache rebuilt: 100 sessions, 180 seconds; 0 sessions wiped.", set);
                Assert.Contains("Info (134003): Operation successful.", set);
                shown = Command(device, "show ssl");
                Assert.Contains("Cache Timeout .......................... 180 seconds", shown);
                Assert.Contains("Maximum Number of Sessions ............. 100 sessions\r\n", shown);
                Assert.Contains("Ciphers Available ...................... TLS_AES_128_GCM_SHA256,\r\n"
                    + "                                         TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\r\n", shown);

                Assert.Contains("Error (3105001): Value \"RC4-MD5\" of parameter \"CIPHERS\"", Command(device, "set ssl ciphers=RC4-MD5"));
                Assert.Contains("Error (3045060): Parameter \"MAXSESSIONS\" is out of range (0-5000).", Command(device, "set ssl max=6000"));
                Assert.Contains("Error (3105002): \"enable ssl debug=keylog\" requires a Security Officer logged in at the console.",
                    Command(device, "enable ssl debug=keylog"));

                string counters = Command(device, "show ssl counters");
                Assert.Contains("Show SSL Counters\r\n----------------------------------------------------------------------\r\nTCP:\r\n"
                    + "     inData .................. 0        outData ................. 0\r\n", counters);
                Assert.Contains("Session Resumption Cache:\r\n     sessionCreated .......... 0        sessionCreateFail ....... 0", counters);
                Assert.Contains("Session Database:\r\nSessionId                Version  CipherSuite", Command(device, "show ssl sessions"));

                Assert.Contains("Info (134003)", Command(device, "ena ssl deb=pac"));
                Assert.Contains("Debug Mode ............................. PKT\r\n", Command(device, "show ssl"));
                Assert.Contains("Info (134003)", Command(device, "reset ssl counters"));

                Assert.Contains("Info (134003)", Command(device, "create config=ssl.cfg"));
                Assert.Contains("set ssl cachetimeout=180 maxsessions=100 ciphers=0x1301,0xC02B", Command(device, "show file=ssl.cfg"));
                Assert.Contains("Info (134003)", Command(device, "set config=ssl.cfg"));
                device.Type("restart router\r");
                string boot = device.Stdout.WaitFor("login: ", Patience);
                Assert.Contains("Boot configuration ssl.cfg: ", boot);
                Assert.Contains(" 0 errors", boot);
                device.Type("manager\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(ManagerPassword + "\r");
                device.Stdout.WaitFor("Manager > ", Patience);

                shown = Command(device, "show ssl");
                Assert.Contains("Cache Timeout .......................... 180 seconds", shown);
                Assert.Contains("Maximum Number of Sessions ............. 100 sessions", shown);
                Assert.Contains("                                         TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256\r\n", shown);
                Assert.Contains("Debug Mode ............................. NONE", shown);
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }
        }
    }

    /// <summary>
    /// The debug output of real HTTPS connections (a .NET SslStream client) on the virtual device's console:
    /// records decoded, state changes, trace lines and the Security Officer's key log, which stops once the
    /// officer has logged off; show ssl's Servers table and show ssl sessions reflect the connection.
    /// </summary>
    public sealed class SslDebugConsoleTests : IDisposable
    {
        private const string ManagerPassword = "manager-password";
        private const string OfficerPassword = "sbr4y3-long-enough";
        private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

        private readonly TemporaryDirectory _dir = new TemporaryDirectory();

        public void Dispose()
        {
            _dir.Dispose();
        }

        private static string Command(VirtualDevice device, string line, string prompt)
        {
            device.Type(line + "\r");
            return device.Stdout.WaitFor(prompt, Patience);
        }

        /// <summary>One HTTPS request over TLS 1.3; returns the status line.</summary>
        private static string Get(int port)
        {
            using (var tcp = new System.Net.Sockets.TcpClient("127.0.0.1", port))
            using (var tls = new System.Net.Security.SslStream(tcp.GetStream(), false, (s, c, ch, e) => true))
            {
                tls.AuthenticateAsClient(new System.Net.Security.SslClientAuthenticationOptions
                {
                    TargetHost = "router",
                    EnabledSslProtocols = System.Security.Authentication.SslProtocols.Tls13,
                });
                byte[] request = System.Text.Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: router\r\nConnection: close\r\n\r\n");
                tls.Write(request, 0, request.Length);
                var reader = new System.IO.StreamReader(tls, System.Text.Encoding.ASCII);
                return reader.ReadLine();
            }
        }

        [Fact]
        public void RealConnectionsShowInDebugOutputAndTheKeyLogOnlyWhileTheOfficerIsThere()
        {
            int port = HttpPeers.FreePort();
            int redirect = HttpPeers.FreePort();
            using (VirtualDevice device = VirtualDevice.Start(_dir.Path, "--flash", _dir.File("flash.bin"), "--flash-size", "256K",
                "--manager-password", ManagerPassword))
            {
                device.Stdout.WaitFor("login: ", Patience);
                device.Type("manager\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(ManagerPassword + "\r");
                device.Stdout.WaitFor("Manager > ", Patience);
                Command(device, "add user=cipher password=" + OfficerPassword + " privilege=securityofficer login=yes", "Manager > ");
                device.Type("login cipher\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(OfficerPassword + "\r");
                device.Stdout.WaitFor("SecOff > ", Patience);
                Assert.Contains("Info (134003)", Command(device, "create enco key=0 type=ecc", "SecOff > "));
                Assert.Contains("Info (1095001)", Command(device, "create pki certificate=gui keypair=0 serialnumber=7 subject=\"cn=router, c=us\"", "SecOff > "));
                Assert.Contains("Info (1095002)", Command(device, "add pki certificate=gui location=gui.cer trust=yes", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "set http server security=on sslkey=0 port=" + port + " redirectport=" + redirect, "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "enable http server", "SecOff > "));
                Assert.Contains("Info (134003)", Command(device, "enable ssl debug", "SecOff > "));
                Assert.Contains(SslKeyLog.Warning, Command(device, "enable ssl debug=keylog", "SecOff > "));

                Assert.StartsWith("HTTP/1.1 ", Get(port));
                string debug = device.Stdout.WaitFor("connection closed on HTTP Server (ID 0)", Patience);
                Assert.Contains("connection opened to HTTP Server (ID 0)", debug);
                Assert.Matches(@"SSL 127\.0\.0\.1\S* received \d+ bytes\r\n  0000  16030", debug);
                Assert.Contains("  Handshake type: client_hello (1), length ", debug);
                Assert.Contains("  Handshake type: server_hello (2), length ", debug);
                Assert.Contains(" state ExpectClientHello -> ExpectFinished", debug);
                Assert.Contains(" handshake complete in ", debug);
                Assert.Matches(@"\r\nCLIENT_TRAFFIC_SECRET_0 [0-9a-f]{64} [0-9a-f]{64}\r\n", debug);

                string shown = Command(device, "show ssl", "SecOff > ");
                Assert.Contains("Debug Mode ............................. PKT,STATE,TRACE,KEYLOG", shown);
                Assert.Matches(@"\r\n0       \S+ +" + port.ToString("D5") + "   HTTP Server     0\r\n", shown);
                Assert.Contains("Last Handshake Time (ms) ............... ", shown);
                Assert.Contains("TLSv1.3  AES_", Command(device, "show ssl sessions", "SecOff > "));

                // The officer leaves; a manager's console shows no secret, and the key log turns itself off.
                device.Type("logoff\r");
                device.Stdout.WaitFor("login: ", Patience);
                device.Type("manager\r");
                device.Stdout.WaitFor("Password: ", Patience);
                device.Type(ManagerPassword + "\r");
                device.Stdout.WaitFor("Manager > ", Patience);
                Assert.StartsWith("HTTP/1.1 ", Get(port));
                debug = device.Stdout.WaitFor("connection closed on HTTP Server (ID 0)", Patience);
                Assert.Contains("Info: SSL key log off: no Security Officer is logged in at the console.", debug);
                Assert.DoesNotContain("TRAFFIC_SECRET", debug);
                Assert.Contains("Debug Mode ............................. PKT,STATE,TRACE\r\n", Command(device, "show ssl", "Manager > "));
                device.CloseInput();
                Assert.Equal(0, device.WaitForExit(Patience));
            }
        }
    }

    /// <summary>Bytes allocated by the ssl show commands and by the monitor with debugging off (DESIGN rule 3).</summary>
    [Collection(MeasuredAlone.Name)]
    public sealed class SslAllocationTests
    {
        private const int Rounds = 200;

        private static readonly string[] ShowCommands = { "show ssl", "show ssl counters", "show ssl sessions" };

        private readonly ITestOutputHelper _output;

        public SslAllocationTests(ITestOutputHelper output)
        {
            _output = output;
        }

        [Fact]
        public void ShowCommandsAndTheRecordPathAllocateNothing()
        {
            MemoryBoard board = new MemoryBoard();
            RouterDevice device = new RouterDevice(board, new DeviceSettings { ManagerPassword = "figures-password", PasswordIterations = 1000 });
            SslService ssl = device.Ssl;
            Assert.Equal(64, ssl.SessionCache.MaxSessions);

            // Sessions to list, a server to show, statistics to print.
            byte[] ticket = new byte[TlsSessionCache.TicketSize];
            byte[] psk = new byte[32];
            for (int i = 0; i < 5; i++)
            {
                ssl.SessionCache.Store(CipherSuite.Aes128GcmSha256, psk, 0, psk.Length, board.Clock.UptimeMilliseconds, ticket, 0, new EncoTlsEntropy());
            }

            ITlsMonitor monitor = ssl.Monitor;
            int server = monitor.RegisterServer("HTTP Server", "0.0.0.0", 443);
            monitor.ConnectionOpened(server, "10.0.0.2");
            monitor.HandshakeCompleted("10.0.0.2", 120, CipherSuite.Aes128GcmSha256, 0x1D, false);

            var dispatcher = new CommandDispatcher(device.Commands);
            var sink = new NullOutput();
            var perCommand = new long[ShowCommands.Length];
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                for (int i = 0; i < 20; i++)
                {
                    Assert.Equal(CommandResult.Shown, dispatcher.Execute(ShowCommands[c], Privilege.Manager, false, sink));
                }

                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int i = 0; i < Rounds; i++)
                {
                    dispatcher.Execute(ShowCommands[c], Privilege.Manager, false, sink);
                }

                perCommand[c] = (GC.GetAllocatedBytesForCurrentThread() - before) / Rounds;
            }

            Assert.True(sink.Lines > Rounds * 40, "the reports wrote their lines");

            byte[] record = new byte[1400];
            record[0] = 23;
            record[1] = 3;
            record[2] = 3;
            long start = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10000; i++)
            {
                monitor.WireBytes("10.0.0.2", (i & 1) == 0, record, 0, record.Length);
                monitor.StateChanged("10.0.0.2", 0, 2);
                monitor.ApplicationDataProcessed(i);
            }

            long recordPath = GC.GetAllocatedBytesForCurrentThread() - start;
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                _output.WriteLine(ShowCommands[c].PadRight(20) + perCommand[c] + " bytes per command");
            }

            _output.WriteLine("monitor, debugging off: " + recordPath + " bytes for 10000 records");
            for (int c = 0; c < ShowCommands.Length; c++)
            {
                Assert.True(perCommand[c] == 0, ShowCommands[c] + " allocated " + perCommand[c] + " bytes");
            }

            Assert.Equal(0, recordPath);
        }

        private sealed class NullOutput : ICommandOutput
        {
            public int Lines;

            public void Write(string text)
            {
            }

            public void Write(char[] chars, int offset, int count)
            {
            }

            public void WriteLine(string line)
            {
                Lines++;
            }
        }
    }
}
