using nanoFramework.TestFramework;
using Router.Cli;
using Router.Tls.Diagnostics;

namespace Router.Tls.Tests
{
    /// <summary>set ssl: the cache rebuilt (and the old one wiped) at the size the board allows, the suite list, the debug address.</summary>
    [TestClass]
    public class SslSetTests
    {
        [TestMethod]
        public void NewSizeRebuildsTheCacheAndWipesTheOldOne()
        {
            SslTestRouter router = new SslTestRouter(64);
            TlsSessionCache old = router.Service.SessionCache;
            Assert.AreEqual(64, old.MaxSessions);
            TlsServerEngine engine = SslHandshakes.Rfc8448(router.Service.Counters, old, null, router.Uptime);
            Assert.AreEqual(1, old.Count);
            int revision = router.Service.Revision;

            Assert.AreEqual(CommandResult.Success, router.Run("set ssl max=10 ca=120"));
            Assert.AreEqual("Info (1105001): Session resumption cache rebuilt: 10 sessions, 120 seconds; 1 session wiped.", router.Line(0));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, router.Last);
            Assert.AreEqual(0, old.Count);
            byte[] id = new byte[TlsSessionCache.TicketSize];
            int version;
            int suite;
            long created;
            long expires;
            Assert.IsFalse(old.ReadEntry(0, id, 0, out version, out suite, out created, out expires), "old entries wiped");
            Assert.AreEqual(10, router.Service.SessionCache.MaxSessions);
            Assert.AreEqual(120, router.Service.SessionCache.LifetimeSeconds);
            Assert.AreNotEqual(revision, router.Service.Revision);
            Assert.AreEqual(1, router.Service.PeakSessions, "the peak survives the rebuild");
            engine.Dispose();

            // The same values again change nothing.
            Assert.AreEqual(CommandResult.Success, router.Run("set ssl max=10"));
            Assert.AreEqual(1, router.LineCount);
        }

        [TestMethod]
        public void MaxSessionsAboveTheBoardIsKeptButTheCacheHoldsTheBoardsFigure()
        {
            SslTestRouter router = new SslTestRouter(64);
            Assert.AreEqual(CommandResult.Success, router.Run("set ssl maxsessions=5000"));
            Assert.AreEqual("Info (1105002): This board holds 64 sessions (128 bytes each): MAXSESSIONS=5000 is kept but only 64 are cached.", router.Line(1));
            Assert.AreEqual(5000, router.Service.MaxSessions);
            Assert.AreEqual(64, router.Service.SessionCache.MaxSessions);
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Maximum Number of Sessions ............. 5000 sessions (64 held on this board)") > 0, router.Text);

            Assert.AreEqual(CommandResult.Success, router.Run("set ssl maxsessions=0"));
            Assert.IsNull(router.Service.SessionCache, "no cache: full handshakes only");
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Maximum Number of Sessions ............. 0 sessions") > 0, router.Text);
            router.Run("show ssl sessions");
            Assert.AreEqual(5, router.LineCount);

            SslTestRouter roomy = new SslTestRouter(2000);
            roomy.Run("show ssl");
            Assert.IsTrue(roomy.IndexOf("Maximum Number of Sessions ............. 2000 sessions") > 0, roomy.Text);
        }

        [TestMethod]
        [DataRow("(4865,4866)", 0x1301, 0x1302, 0)]
        [DataRow("0x1303:ECDHE-ECDSA-AES128-GCM-SHA256", 0x1303, 0xC02B, 0)]
        [DataRow("tls_aes_256_gcm_sha384,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256,0xC030", 0x1302, 0xCCA8, 0xC030)]
        [DataRow("49199,49199,4865", 0xC02F, 0x1301, 0)]
        public void CiphersAcceptNumbersAndNames(string list, int first, int second, int third)
        {
            SslTestRouter router = new SslTestRouter(64);
            Assert.AreEqual(CommandResult.Success, router.Run("set ssl ciphers=" + list));
            int[] suites = router.Service.CipherSuites;
            Assert.AreEqual(third == 0 ? 2 : 3, suites.Length);
            Assert.AreEqual(first, suites[0]);
            Assert.AreEqual(second, suites[1]);
            if (third != 0)
            {
                Assert.AreEqual(third, suites[2]);
            }

            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Ciphers Available ...................... " + CipherSuite.Name(first) + ",") > 0, router.Text);
        }

        [TestMethod]
        [DataRow("RC4-MD5", "RC4-MD5")]
        [DataRow("4865,47", "47")]
        [DataRow("0x1301,,0x1302", "")]
        [DataRow("0x10000", "0x10000")]
        public void UnknownSuitesAreRefusedAndChangeNothing(string list, string culprit)
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Run("set ssl ciphers=4866");
            Assert.AreEqual(CommandResult.Error, router.Run("set ssl ca=120 ciphers=" + list));
            Assert.IsTrue(router.Line(0).StartsWith("Error (3105001): Value \"" + culprit + "\" of parameter \"CIPHERS\" is not a cipher suite of this router."),
                router.Line(0));
            Assert.AreEqual(1, router.Service.CipherSuites.Length);
            Assert.AreEqual(0x1302, router.Service.CipherSuites[0]);
            Assert.AreEqual(300, router.Service.CacheTimeoutSeconds, "nothing applied");
        }

        [TestMethod]
        public void OnlyTls13SuitesShowOnlyTls13AndDefaultRestoresTheOrder()
        {
            SslTestRouter router = new SslTestRouter(64);
            router.Run("set ssl ciphers=4865");
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Version ................................ TLSv1.3") > 0, router.Text);
            Assert.IsTrue(router.IndexOf("Ciphers Available ...................... TLS_AES_128_GCM_SHA256") > 0, router.Text);

            router.Run("set ssl ciphers=default");
            Assert.IsNull(router.Service.CipherSuites);
            Assert.AreEqual(CipherSuite.DefaultOrder.Length, router.Service.EffectiveCipherSuites.Length);
            Assert.AreEqual("0x1301,0xC02B", SslSuiteList.Format(new int[] { 0x1301, 0xC02B }));
        }

        [TestMethod]
        public void DebugAddressAndErrors()
        {
            SslTestRouter router = new SslTestRouter(64);
            Assert.AreEqual(CommandResult.Success, router.Run("set ssl de=192.168.123.156"));
            Assert.AreEqual("192.168.123.156", router.Monitor.DebugAddress);
            router.Run("show ssl");
            Assert.IsTrue(router.IndexOf("Debug IP Address ....................... 192.168.123.156") > 0, router.Text);
            router.Run("set ssl de=all");
            Assert.IsNull(router.Monitor.DebugAddress);

            Assert.AreEqual(CommandResult.Error, router.Run("set ssl"));
            Assert.AreEqual("Error (3065014): Give at least one parameter to change.", router.Line(0));
            Assert.AreEqual(CommandResult.Error, router.Run("set ssl max=5001"));
            Assert.AreEqual("Error (3045060): Parameter \"MAXSESSIONS\" is out of range (0-5000).", router.Line(0));
            Assert.AreEqual(CommandResult.Error, router.Run("set ssl ca=59"));
            Assert.AreEqual(CommandResult.Error, router.Run("set ssl de=1.2.3"));
        }
    }
}
