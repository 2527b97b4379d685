using System;
using nanoFramework.TestFramework;
using Router.Enco;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// The client's secrets against the server engine's (both key logs name the same ClientHello.random), and a
    /// KeyUpdate from the server (RFC 8446 4.6.3) sealed by the test with the logged server traffic secret: the
    /// client moves its read keys, answers update_requested with its own KeyUpdate, and the server follows.
    /// </summary>
    [TestClass]
    public class ClientKeyScheduleTests
    {
        private sealed class Log : ITlsKeyLog
        {
            public string Lines = "";
            public byte[] ServerTraffic;

            public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
            {
                Lines += label + " " + ToHex(TestServer.Slice(clientRandom, clientRandomOffset, 32)) + " "
                    + ToHex(TestServer.Slice(secret, secretOffset, secretLength)) + "\n";
                if (label == "SERVER_TRAFFIC_SECRET_0")
                {
                    ServerTraffic = TestServer.Slice(secret, secretOffset, secretLength);
                }
            }
        }

        [TestMethod]
        public void ClientAndServerLogTheSameSecrets()
        {
            Log clientLog = new Log();
            Log serverLog = new Log();
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyLog = clientLog;
            TlsServerConfig serverConfig = ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), new EncoTlsEntropy());
            serverConfig.KeyLog = serverLog;
            TlsClientEngine client = new TlsClientEngine(config);
            TlsServerEngine server = new TlsServerEngine(serverConfig);
            Handshake(client, server);

            Assert.IsTrue(client.IsHandshakeComplete);
            Assert.AreEqual(4, Count(clientLog.Lines, '\n'));
            Assert.AreEqual(serverLog.Lines, clientLog.Lines);
        }

        [TestMethod]
        public void ServerKeyUpdateMovesTheReadKeysAndIsAnswered()
        {
            Log clientLog = new Log();
            TlsCounters counters = new TlsCounters();
            TlsClientConfig config = ClientTestPair.NewClientConfig(counters, new EncoTlsEntropy(), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyLog = clientLog;
            config.CipherSuites = new int[] { CipherSuite.Aes256GcmSha384 };
            TlsClientEngine client = new TlsClientEngine(config);
            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), new EncoTlsEntropy()));
            Handshake(client, server);
            Assert.IsTrue(client.IsHandshakeComplete);

            // The server's application keys at sequence 0 (no ticket was sent), as the test's own sealer.
            KeySchedule schedule = new KeySchedule();
            schedule.Start(EncoHashAlgorithm.Sha384);
            RecordCipher sealer = new RecordCipher();
            sealer.Install(schedule, CipherSuite.Aes256GcmSha384, clientLog.ServerTraffic);
            byte[] update = new byte[5 + 5 + 1 + 16];
            update[5] = HandshakeType.KeyUpdate;
            update[8] = 1;
            update[9] = 1;
            update[10] = ContentType.Handshake;
            int length = sealer.Seal(update, 0, 6);
            Assert.AreEqual(length, client.Feed(update, 0, length, 0));
            Assert.IsFalse(client.IsClosed, "alert " + client.AlertSent);
            Assert.AreEqual(1, counters.Get(TlsCounter.KeyUpdate));

            // The client answered with KeyUpdate(update_not_requested) under its old keys, then moved them: the
            // server engine follows and still reads the client's data.
            byte[] answer = ClientTestPair.Drain(client);
            Assert.IsTrue(answer.Length > 0);
            server.Feed(answer, 0, answer.Length, 0);
            Assert.IsFalse(server.IsClosed, "server alert " + server.AlertSent);
            byte[] ping = Hex.Ascii("after the update");
            client.WriteApplicationData(ping, 0, ping.Length);
            byte[] record = ClientTestPair.Drain(client);
            server.Feed(record, 0, record.Length, 0);
            byte[] plain = new byte[64];
            Assert.AreEqual(ping.Length, server.ReadApplicationData(plain, 0, plain.Length));

            // Data sealed with the server's next traffic secret opens at the client.
            byte[] next = new byte[48];
            schedule.ExpandLabel(clientLog.ServerTraffic, KeySchedule.LabelTrafficUpdate, null, 0, 0, next, 0, 48);
            sealer.Install(schedule, CipherSuite.Aes256GcmSha384, next);
            byte[] data = new byte[5 + 4 + 1 + 16];
            data[5] = (byte)'p';
            data[6] = (byte)'o';
            data[7] = (byte)'n';
            data[8] = (byte)'g';
            data[9] = ContentType.ApplicationData;
            length = sealer.Seal(data, 0, 5);
            client.Feed(data, 0, length, 0);
            Assert.IsFalse(client.IsClosed, "alert " + client.AlertSent);
            Assert.AreEqual(4, client.ReadApplicationData(plain, 0, plain.Length));
            Assert.AreEqual((byte)'p', plain[0]);
        }

        [TestMethod]
        public void KeyUpdateWithABadRequestValueIsIllegalParameter()
        {
            Log clientLog = new Log();
            TlsClientConfig config = ClientTestPair.NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), new ClientTestVerifier(ClientTestCertificate.Ecdsa.Der));
            config.KeyLog = clientLog;
            config.CipherSuites = new int[] { CipherSuite.Aes128GcmSha256 };
            TlsClientEngine client = new TlsClientEngine(config);
            TlsServerEngine server = new TlsServerEngine(ClientTestCertificate.Ecdsa.ServerConfig(new TlsCounters(), new EncoTlsEntropy()));
            Handshake(client, server);

            KeySchedule schedule = new KeySchedule();
            schedule.Start(EncoHashAlgorithm.Sha256);
            RecordCipher sealer = new RecordCipher();
            sealer.Install(schedule, CipherSuite.Aes128GcmSha256, clientLog.ServerTraffic);
            byte[] update = new byte[5 + 5 + 1 + 16];
            update[5] = HandshakeType.KeyUpdate;
            update[8] = 1;
            update[9] = 2;
            update[10] = ContentType.Handshake;
            int length = sealer.Seal(update, 0, 6);
            client.Feed(update, 0, length, 0);
            Assert.IsTrue(client.IsClosed);
            Assert.AreEqual(AlertDescription.IllegalParameter, client.AlertSent);
        }

        private static void Handshake(TlsClientEngine client, TlsServerEngine server)
        {
            client.Start(0);
            for (int i = 0; i < 4; i++)
            {
                byte[] toServer = ClientTestPair.Drain(client);
                if (toServer.Length > 0)
                {
                    server.Feed(toServer, 0, toServer.Length, 0);
                }

                byte[] toClient = TestServer.Drain(server);
                if (toClient.Length > 0)
                {
                    client.Feed(toClient, 0, toClient.Length, 0);
                }
            }
        }

        private static string ToHex(byte[] bytes)
        {
            const string Digits = "0123456789abcdef";
            char[] text = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                text[2 * i] = Digits[bytes[i] >> 4];
                text[2 * i + 1] = Digits[bytes[i] & 15];
            }

            return new string(text);
        }

        private static int Count(string text, char c)
        {
            int n = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == c)
                {
                    n++;
                }
            }

            return n;
        }
    }
}
