using nanoFramework.TestFramework;
using Router.Enco.Channels;
using Router.Enco.Keys;

namespace Router.Enco.Tests
{
    /// <summary>show enco counters and show enco, in the layouts of show ssl counters and show ssl (000).</summary>
    [TestClass]
    public class ChannelFormatterTests
    {
        [TestMethod]
        public void CountersUseTheManualsTwoColumnLayout()
        {
            EncoCounters counters = new EncoCounters();
            EncoChannelPool pool = new EncoChannelPool(2, counters);
            pool.Attach(EncoChannelOwner.Tls, 1);
            pool.Attach(EncoChannelOwner.Tls, 2);
            counters.CountGetKey(true);
            counters.CountGetKey(true);

            KeysTestOutput output = new KeysTestOutput();
            EncoCountersFormatter.WriteShowEncoCounters(output, counters);

            Assert.AreEqual("Show ENCO Counters", output.Line(0));
            Assert.AreEqual(70, output.Line(1).Length);
            Assert.AreEqual("Enco:", output.Line(2));

            // Line for line as in Figure 45-3 of the SSL chapter.
            Assert.AreEqual("     attach .................. 2        attached ................ 2", output.Line(3));
            Assert.AreEqual("     attachFail .............. 0        detach .................. 0", output.Line(4));
            Assert.AreEqual("     detached ................ 0        encode .................. 0", output.Line(5));
            Assert.AreEqual("     handshakeOK ............. 0        handshakeFail ........... 0", output.Line(9));
            Assert.AreEqual("     getKeyOk ................ 2        getKeyFail .............. 0", output.Line(10));
            Assert.AreEqual(string.Empty, output.Line(11));
            Assert.AreEqual(13, output.Count);
        }

        [TestMethod]
        public void ShowEncoSummarisesChannelsKeysAndAlgorithms()
        {
            EncoCounters counters = new EncoCounters();
            EncoChannelPool pool = new EncoChannelPool(8, counters);
            pool.Attach(EncoChannelOwner.Tls, 17);
            EncoChannel ended = pool.Attach(EncoChannelOwner.Tls, 18);
            pool.Attach(EncoChannelOwner.IpsecSaPair, 3);
            pool.Detach(ended);
            EncoKeyStore keys = new EncoKeyStore(16, null, new KeysTestRandom(1));
            keys.CreateRandom(1, EncoKeyKind.Aes, 128, null);

            KeysTestOutput output = new KeysTestOutput();
            EncoSummaryFormatter.Write(output, pool, keys, new string[] { "Ciphers", "AES-GCM, AES, 3DES" });

            Assert.AreEqual("SHOW ENCO", output.Line(0));
            Assert.AreEqual("Maximum Number of Channels ............. 8", output.Find("Maximum Number"));
            Assert.AreEqual("Channels in Use ........................ 2", output.Find("Channels in Use"));
            Assert.AreEqual("Max. Channels in Use ................... 3", output.Find("Max. Channels"));
            Assert.AreEqual("Keys ................................... 1 of 16", output.Find("Keys ."));
            Assert.AreEqual("Key Material in RAM .................... 16 bytes", output.Find("Key Material"));
            Assert.AreEqual("Ciphers ................................ AES-GCM, AES, 3DES", output.Find("Ciphers"));
            Assert.AreEqual("0         SSL/TLS    17", output.Find("0 "));
            Assert.AreEqual("2         IPsec      3", output.Find("2 "));
            Assert.IsNull(output.Find("1 "), "channel 1 was detached");
        }
    }
}
