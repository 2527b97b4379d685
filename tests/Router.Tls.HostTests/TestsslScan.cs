using System;
using System.IO;
using Xunit;
using Xunit.Abstractions;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// testssl.sh (PEERS.md recipe: NXCONNECT=127.0.0.1:0, --nodns none) against the engine behind the HTTP
    /// harness. Takes minutes, so it runs only with ROUTER_TLS_TESTSSL=1; the JSON lands in the test's output folder.
    /// The harness must never fail with an exception, whatever testssl sends.
    /// </summary>
    public class TestsslScan
    {
        private readonly ITestOutputHelper _output;

        public TestsslScan(ITestOutputHelper output)
        {
            _output = output;
        }

        [OptInFact("ROUTER_TLS_TESTSSL")]
        public void TestsslScanEndsEveryConnectionWithoutAnEngineError()
        {
            string json = Path.Combine(AppContext.BaseDirectory, "testssl.json");
            File.Delete(json);
            using (TlsSocketHarness server = new TlsSocketHarness(TestCertificate.Ecdsa, true))
            {
                PeerProcess.Result scan = PeerProcess.Run("env",
                    "NXCONNECT=127.0.0.1:0 testssl --quiet --color 0 --nodns none --warnings batch --fast --jsonfile " + json
                    + " 127.0.0.1:" + server.Port, null, 400000);
                _output.WriteLine(scan.Output);
                Assert.False(scan.TimedOut);
                Assert.True(File.Exists(json));

                TlsSocketHarness.Connection connection;
                while ((connection = server.Next(0)) != null)
                {
                    Assert.Null(connection.Failure);
                    Assert.NotEqual(AlertDescription.InternalError, connection.AlertSent);
                }
            }
        }
    }
}
