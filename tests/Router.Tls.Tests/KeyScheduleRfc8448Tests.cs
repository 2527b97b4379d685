using nanoFramework.TestFramework;
using Router.Enco;

namespace Router.Tls.Tests
{
    /// <summary>The key schedule (RFC 8446 7.1, 7.3) reproduces the secrets and keys of RFC 8448 section 3.</summary>
    [TestClass]
    public class KeyScheduleRfc8448Tests
    {
        private static KeySchedule HandshakeStage()
        {
            KeySchedule schedule = new KeySchedule();
            schedule.Start(EncoHashAlgorithm.Sha256);
            byte[] shared = Hex.Decode(Rfc8448.SharedSecret);
            schedule.EnterHandshake(shared, 0, shared.Length);
            return schedule;
        }

        private static byte[] Derive(KeySchedule schedule, byte[] label, string transcriptHash)
        {
            byte[] secret = new byte[32];
            schedule.DeriveSecret(label, Hex.Decode(transcriptHash), 0, secret, 0);
            return secret;
        }

        private static byte[] Expand(KeySchedule schedule, string secret, byte[] label, int length)
        {
            byte[] output = new byte[length];
            schedule.ExpandLabel(Hex.Decode(secret), label, null, 0, 0, output, 0, length);
            return output;
        }

        [TestMethod]
        public void HandshakeSecretMatches()
        {
            KeySchedule schedule = HandshakeStage();
            Assert.Equal(Hex.Decode(Rfc8448.HandshakeSecret), TestServer.Slice(schedule.Secret, 0, 32));
        }

        [TestMethod]
        public void HandshakeTrafficSecretsMatch()
        {
            KeySchedule schedule = HandshakeStage();
            Assert.Equal(Hex.Decode(Rfc8448.ClientHandshakeTraffic), Derive(schedule, KeySchedule.LabelClientHandshake, Rfc8448.HelloHash));
            Assert.Equal(Hex.Decode(Rfc8448.ServerHandshakeTraffic), Derive(schedule, KeySchedule.LabelServerHandshake, Rfc8448.HelloHash));
        }

        [TestMethod]
        public void MasterAndApplicationTrafficSecretsMatch()
        {
            KeySchedule schedule = HandshakeStage();
            schedule.EnterMaster();
            Assert.Equal(Hex.Decode(Rfc8448.MasterSecret), TestServer.Slice(schedule.Secret, 0, 32));
            Assert.Equal(Hex.Decode(Rfc8448.ClientApplicationTraffic), Derive(schedule, KeySchedule.LabelClientApplication, Rfc8448.FinishedHash));
            Assert.Equal(Hex.Decode(Rfc8448.ServerApplicationTraffic), Derive(schedule, KeySchedule.LabelServerApplication, Rfc8448.FinishedHash));
        }

        [TestMethod]
        public void HandshakeTrafficKeysAndIvsMatch()
        {
            KeySchedule schedule = HandshakeStage();
            Assert.Equal(Hex.Decode(Rfc8448.ServerHandshakeKey), Expand(schedule, Rfc8448.ServerHandshakeTraffic, KeySchedule.LabelKey, 16));
            Assert.Equal(Hex.Decode(Rfc8448.ServerHandshakeIv), Expand(schedule, Rfc8448.ServerHandshakeTraffic, KeySchedule.LabelIv, 12));
            Assert.Equal(Hex.Decode(Rfc8448.ClientHandshakeIv), Expand(schedule, Rfc8448.ClientHandshakeTraffic, KeySchedule.LabelIv, 12));
        }

        [TestMethod]
        public void FinishedKeysAndClientVerifyDataMatch()
        {
            KeySchedule schedule = HandshakeStage();
            byte[] serverKey = Expand(schedule, Rfc8448.ServerHandshakeTraffic, KeySchedule.LabelFinished, 32);
            byte[] clientKey = Expand(schedule, Rfc8448.ClientHandshakeTraffic, KeySchedule.LabelFinished, 32);
            Assert.Equal(Hex.Decode(Rfc8448.ServerFinishedKey), serverKey);
            Assert.Equal(Hex.Decode(Rfc8448.ClientFinishedKey), clientKey);

            byte[] verify = new byte[32];
            byte[] hash = Hex.Decode(Rfc8448.FinishedHash);
            Hmac.Compute(EncoHashAlgorithm.Sha256, clientKey, 0, 32, hash, 0, 32, verify, 0);
            Assert.Equal(Hex.Decode(Rfc8448.ClientVerifyData), verify);
        }
    }
}
