using System;
using Router.Enco;
using nanoFramework.TestFramework;

namespace Router.Tls.Tests
{
    /// <summary>
    /// record_size_limit (RFC 8449): the server's protected records carry at most the client's limit (TLS 1.3: the
    /// limit counts the inner content type), split where needed; a server configured with a smaller input limit
    /// advertises it (EncryptedExtensions / ServerHello) and refuses larger records with record_overflow.
    /// </summary>
    [TestClass]
    public class RecordSizeLimitTests
    {
        private sealed class SecretLog : ITlsKeyLog
        {
            public byte[] ServerHandshake;

            public void Write(string label, byte[] clientRandom, int clientRandomOffset, byte[] secret, int secretOffset, int secretLength)
            {
                if (label == "SERVER_HANDSHAKE_TRAFFIC_SECRET")
                {
                    ServerHandshake = new byte[secretLength];
                    Array.Copy(secret, secretOffset, ServerHandshake, 0, secretLength);
                }
            }
        }

        private static TlsServerEngine Engine13(int maxInputRecord, SecretLog log)
        {
            TlsServerConfig config = TestServer.Config(new TlsCounters(), FixedEntropy.ForRfc8448());
            config.MaxInputRecord = maxInputRecord;
            config.KeyLog = log;
            return new TlsServerEngine(config);
        }

        private static HelloBuilder Hello13(int limit)
        {
            HelloBuilder hello = new HelloBuilder();
            hello.Suites = new int[] { CipherSuite.Aes128GcmSha256 };
            hello.RecordSizeLimit = limit;
            return hello;
        }

        /// <summary>
        /// Opens the protected records of a TLS 1.3 flight with the server handshake keys; returns the handshake
        /// messages they carry, and counts the records and the largest TLSInnerPlaintext.
        /// </summary>
        private static byte[] OpenFlight(byte[] flight, byte[] secret, out int records, out int largestInner)
        {
            KeySchedule schedule = new KeySchedule();
            schedule.Start(EncoHashAlgorithm.Sha256);
            RecordCipher cipher = new RecordCipher();
            cipher.Install(schedule, CipherSuite.Aes128GcmSha256, secret);
            byte[] messages = new byte[flight.Length];
            int count = 0;
            records = 0;
            largestInner = 0;
            int at = 0;
            while (at + 5 <= flight.Length)
            {
                int length = (flight[at + 3] << 8) | flight[at + 4];
                if (flight[at] == ContentType.ApplicationData)
                {
                    byte[] record = TestServer.Slice(flight, at, 5 + length);
                    int inner = cipher.Open(record, 0);
                    Assert.IsTrue(inner > 0, "record " + records + " does not open");
                    Assert.AreEqual(ContentType.Handshake, (int)record[5 + inner - 1]);
                    Array.Copy(record, 5, messages, count, inner - 1);
                    count += inner - 1;
                    records++;
                    largestInner = inner > largestInner ? inner : largestInner;
                }

                at += 5 + length;
            }

            Assert.AreEqual(flight.Length, at);
            return TestServer.Slice(messages, 0, count);
        }

        /// <summary>The message types in a run of handshake messages, in order.</summary>
        private static string Types(byte[] messages)
        {
            string types = "";
            int at = 0;
            while (at + 4 <= messages.Length)
            {
                types += (types.Length > 0 ? "," : "") + messages[at];
                at += 4 + ((messages[at + 1] << 16) | (messages[at + 2] << 8) | messages[at + 3]);
            }

            Assert.AreEqual(messages.Length, at);
            return types;
        }

        /// <summary>Where extension <paramref name="type"/> with 2 bytes of data sits in a run of bytes; -1 when absent.</summary>
        private static int FindLimitExtension(byte[] bytes, int offset, int count)
        {
            for (int i = offset; i + 6 <= offset + count; i++)
            {
                if (bytes[i] == 0 && bytes[i + 1] == ExtensionType.RecordSizeLimit && bytes[i + 2] == 0 && bytes[i + 3] == 2)
                {
                    return (bytes[i + 4] << 8) | bytes[i + 5];
                }
            }

            return -1;
        }

        [TestMethod]
        public void Tls13FlightIsSplitToTheClientsLimit()
        {
            SecretLog log = new SecretLog();
            TlsServerEngine engine = Engine13(16384, log);
            byte[] hello = Hello13(64).Record();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.IsFalse(engine.IsClosed, "alert " + engine.AlertSent);
            byte[] flight = TestServer.Drain(engine);
            int records;
            int largest;
            byte[] messages = OpenFlight(flight, log.ServerHandshake, out records, out largest);

            // EncryptedExtensions, Certificate, CertificateVerify, Finished: whole once reassembled, in records of
            // at most 64 bytes of TLSInnerPlaintext (63 of content and the type).
            Assert.AreEqual("8,11,15,20", Types(messages));
            Assert.IsTrue(largest <= 64, "largest inner plaintext " + largest);
            Assert.IsTrue(records >= messages.Length / 63, records + " records for " + messages.Length + " bytes");
            Assert.AreEqual(-1, FindLimitExtension(messages, 0, messages.Length));
        }

        [TestMethod]
        public void Tls13WithoutTheExtensionKeepsOneRecordPerMessage()
        {
            SecretLog log = new SecretLog();
            TlsServerEngine engine = Engine13(16384, log);
            byte[] hello = Hello13(0).Record();
            engine.Feed(hello, 0, hello.Length, 0);
            int records;
            int largest;
            byte[] messages = OpenFlight(TestServer.Drain(engine), log.ServerHandshake, out records, out largest);
            Assert.AreEqual("8,11,15,20", Types(messages));
            Assert.AreEqual(4, records);
        }

        [TestMethod]
        public void Tls13SmallerInputLimitIsAdvertisedInEncryptedExtensions()
        {
            SecretLog log = new SecretLog();
            TlsServerEngine engine = Engine13(4096, log);
            byte[] hello = Hello13(16385).Record();
            engine.Feed(hello, 0, hello.Length, 0);
            int records;
            int largest;
            byte[] messages = OpenFlight(TestServer.Drain(engine), log.ServerHandshake, out records, out largest);
            int eeLength = (messages[2] << 8) | messages[3];
            // The plaintext limit and the content type byte (RFC 8449 4).
            Assert.AreEqual(4097, FindLimitExtension(messages, 4, eeLength));

            // Not to a client that did not offer the extension (RFC 8449 4).
            SecretLog quiet = new SecretLog();
            TlsServerEngine other = Engine13(4096, quiet);
            hello = Hello13(0).Record();
            other.Feed(hello, 0, hello.Length, 0);
            messages = OpenFlight(TestServer.Drain(other), quiet.ServerHandshake, out records, out largest);
            eeLength = (messages[2] << 8) | messages[3];
            Assert.AreEqual(-1, FindLimitExtension(messages, 4, eeLength));
        }

        [TestMethod]
        public void LimitBelow64IsIllegalParameter()
        {
            TlsServerEngine engine = Engine13(16384, new SecretLog());
            byte[] hello = Hello13(63).Record();
            engine.Feed(hello, 0, hello.Length, 0);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.IllegalParameter, engine.AlertSent);
        }

        private static TlsServerEngine Connected12(int maxInputRecord, int clientLimit, out Tls12Client client, out int advertised)
        {
            TlsServerConfig config = Tls12Harness.Config(new TlsCounters());
            config.MaxInputRecord = maxInputRecord;
            TlsServerEngine engine = new TlsServerEngine(config);
            client = new Tls12Client(TestServer.Key);
            client.Hello.RecordSizeLimit = clientLimit;
            byte[] hello = client.ClientHello();
            engine.Feed(hello, 0, hello.Length, 0);
            byte[] flight = TestServer.Drain(engine);
            int serverHelloLength = (flight[3] << 8) | flight[4];
            advertised = FindLimitExtension(flight, 5 + 4 + 2 + 32, serverHelloLength - 4 - 2 - 32);
            Assert.IsTrue(client.ReadServerFlight(flight));
            byte[] keyExchange = client.KeyExchangeAndFinished();
            engine.Feed(keyExchange, 0, keyExchange.Length, 0);
            Assert.IsTrue(client.ReadServerFinished(TestServer.Drain(engine)));
            Assert.IsTrue(engine.IsHandshakeComplete);
            return engine;
        }

        [TestMethod]
        public void Tls12ApplicationRecordsHonourTheClientsLimit()
        {
            Tls12Client client;
            int advertised;
            TlsServerEngine engine = Connected12(16384, 100, out client, out advertised);
            Assert.AreEqual(-1, advertised);
            byte[] data = new byte[1000];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 7);
            }

            Assert.AreEqual(data.Length, engine.WriteApplicationData(data, 0, data.Length));
            byte[] output = TestServer.Drain(engine);
            byte[] received = new byte[data.Length];
            int count = 0;
            int at = 0;
            int records = 0;
            while (at < output.Length)
            {
                byte[] plain = client.OpenRecord(output, at);
                Assert.IsTrue(plain.Length <= 100, "record of " + plain.Length);
                Array.Copy(plain, 0, received, count, plain.Length);
                count += plain.Length;
                at += 5 + ((output[at + 3] << 8) | output[at + 4]);
                records++;
            }

            Assert.AreEqual(10, records);
            Assert.Equal(data, received);
        }

        [TestMethod]
        public void Tls12SmallerInputLimitIsAdvertisedAndEnforced()
        {
            Tls12Client client;
            int advertised;
            TlsServerEngine engine = Connected12(2048, 16384, out client, out advertised);
            Assert.AreEqual(2048, advertised);

            byte[] fits = client.SealRecord(ContentType.ApplicationData, new byte[2048]);
            engine.Feed(fits, 0, fits.Length, 1);
            byte[] plain = new byte[4096];
            Assert.AreEqual(2048, engine.ReadApplicationData(plain, 0, plain.Length));

            byte[] tooLarge = client.SealRecord(ContentType.ApplicationData, new byte[2049]);
            engine.Feed(tooLarge, 0, tooLarge.Length, 1);
            Assert.IsTrue(engine.IsClosed);
            Assert.AreEqual(AlertDescription.RecordOverflow, engine.AlertSent);
        }
    }
}
