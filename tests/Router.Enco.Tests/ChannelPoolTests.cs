using nanoFramework.TestFramework;
using Router.Enco.Channels;

namespace Router.Enco.Tests
{
    /// <summary>The ENCO channel pool: a fixed number of channels, refusals counted, contexts wiped.</summary>
    [TestClass]
    public class ChannelPoolTests
    {
        [TestMethod]
        public void HandsOutEveryChannelThenRefusesAndCounts()
        {
            EncoCounters counters = new EncoCounters();
            EncoChannelPool pool = new EncoChannelPool(3, counters);

            EncoChannel a = pool.Attach(EncoChannelOwner.Tls, 10);
            EncoChannel b = pool.Attach(EncoChannelOwner.IpsecSaPair, 11);
            EncoChannel c = pool.Attach(EncoChannelOwner.Tls, 12);
            Assert.IsNotNull(a);
            Assert.IsNotNull(b);
            Assert.IsNotNull(c);
            Assert.AreEqual(0, a.Index, "channel 0 first");
            Assert.IsNull(pool.Attach(EncoChannelOwner.Tls, 13), "a fourth attach must be refused");

            Assert.AreEqual(3, pool.InUse);
            Assert.AreEqual(4, counters.Get(EncoCounter.Attach));
            Assert.AreEqual(3, counters.Get(EncoCounter.Attached));
            Assert.AreEqual(1, counters.Get(EncoCounter.AttachFail));
        }

        [TestMethod]
        public void DetachWipesTheContextsAndFreesTheChannel()
        {
            EncoCounters counters = new EncoCounters();
            EncoChannelPool pool = new EncoChannelPool(1, counters);
            EncoChannel channel = pool.Attach(EncoChannelOwner.IpsecSaPair, 7);
            for (int i = 0; i < channel.Contexts.Length; i++)
            {
                channel.Contexts[i] = 0xA5;
            }

            pool.Detach(channel);
            Assert.IsFalse(channel.IsAttached);
            for (int i = 0; i < channel.Contexts.Length; i++)
            {
                Assert.AreEqual((byte)0, channel.Contexts[i]);
            }

            Assert.AreSame(channel, pool.Attach(EncoChannelOwner.Tls, 8), "the freed channel is handed out again");
            Assert.AreEqual(1, counters.Get(EncoCounter.Detach));
            Assert.AreEqual(1, counters.Get(EncoCounter.Detached));
            Assert.AreEqual(1, pool.MaxInUse);
        }

        [TestMethod]
        public void ASecondDetachCountsARequestButChangesNothing()
        {
            EncoCounters counters = new EncoCounters();
            EncoChannelPool pool = new EncoChannelPool(2, counters);
            EncoChannel channel = pool.Attach(EncoChannelOwner.Tls, 1);
            pool.Detach(channel);
            pool.Detach(channel);
            pool.Detach(null);

            Assert.AreEqual(3, counters.Get(EncoCounter.Detach));
            Assert.AreEqual(1, counters.Get(EncoCounter.Detached));
            Assert.AreEqual(0, pool.InUse);
            Assert.IsNotNull(pool.Attach(EncoChannelOwner.Tls, 2));
            Assert.IsNotNull(pool.Attach(EncoChannelOwner.Tls, 3));
            Assert.AreEqual(2, pool.InUse, "a double detach must not free a channel twice");
        }

        [TestMethod]
        public void TheSlotsHoldTheLargestPublishedContexts()
        {
            Assert.IsTrue(EncoChannel.CipherSlotSize >= BlockCipher.ContextSize);
            Assert.IsTrue(EncoChannel.CipherSlotSize >= Aead.ContextSize);
            Assert.IsTrue(EncoChannel.MacSlotSize >= Hmac.ContextSize);
            Assert.IsTrue(EncoChannel.MacSlotSize >= Sha256.ContextSize);
            Assert.AreEqual(EncoChannel.ContextBufferSize, EncoChannel.DecodeMacOffset + EncoChannel.MacSlotSize);
            Assert.AreEqual(EncoChannel.DecodeCipherOffset, EncoChannel.EncodeCipherOffset + EncoChannel.CipherSlotSize);
        }

        [TestMethod]
        public void CountsRequestsAndOutcomes()
        {
            EncoCounters counters = new EncoCounters();
            counters.CountEncode(true);
            counters.CountEncode(false);
            counters.CountDecode(true);
            counters.CountHandshake(false);
            counters.CountGetKey(true);
            counters.CountGetKey(false);

            Assert.AreEqual(2, counters.Get(EncoCounter.Encode));
            Assert.AreEqual(1, counters.Get(EncoCounter.Encoded));
            Assert.AreEqual(1, counters.Get(EncoCounter.EncodeFail));
            Assert.AreEqual(1, counters.Get(EncoCounter.Decoded));
            Assert.AreEqual(1, counters.Get(EncoCounter.HandshakeFail));
            Assert.AreEqual(1, counters.Get(EncoCounter.GetKeyOk));
            Assert.AreEqual(1, counters.Get(EncoCounter.GetKeyFail));
        }
    }
}
