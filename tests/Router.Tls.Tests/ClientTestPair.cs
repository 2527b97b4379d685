using System;
using Router.Tls.Client;

namespace Router.Tls.Tests
{
    /// <summary>
    /// A <see cref="TlsClientEngine"/> and a <see cref="TlsServerEngine"/> wired back to back in memory:
    /// <see cref="Pump"/> moves records both ways until neither has anything to say, and collects the
    /// application data each side received.
    /// </summary>
    internal sealed class ClientTestPair
    {
        public readonly TlsCounters ServerCounters = new TlsCounters();
        /// <summary>The client's counters (those of the config it was given, when one was).</summary>
        public readonly TlsCounters ClientCounters;
        public readonly TlsServerEngine Server;
        public readonly TlsClientEngine Client;
        public readonly ClientTestVerifier Verifier;
        public readonly TlsClientConfig ClientConfig;

        private readonly byte[] _wire = new byte[40000];
        private readonly byte[] _plain = new byte[20000];
        private byte[] _serverReceived = new byte[0];
        private byte[] _clientReceived = new byte[0];
        private byte[] _toServer = new byte[0];
        private byte[] _toClient = new byte[0];

        /// <summary>The time both engines are fed with.</summary>
        public long Now = 0;

        public ClientTestPair(ClientTestCertificate serverCertificate, byte[] trustedLeaf, TlsClientConfig clientConfig)
        {
            Verifier = new ClientTestVerifier(trustedLeaf);
            ClientConfig = clientConfig != null ? clientConfig : NewClientConfig(new TlsCounters(), new EncoTlsEntropy(), Verifier);
            ClientCounters = ClientConfig.Counters;
            Server = new TlsServerEngine(serverCertificate.ServerConfig(ServerCounters, new EncoTlsEntropy()));
            Client = new TlsClientEngine(ClientConfig);
        }

        /// <summary>A pair whose client trusts the server's ECDSA certificate.</summary>
        public static ClientTestPair Ecdsa()
        {
            return new ClientTestPair(ClientTestCertificate.Ecdsa, ClientTestCertificate.Ecdsa.Der, null);
        }

        /// <summary>The client config the tests start from: SNI router.test, ALPN http/1.1, every suite and group.</summary>
        public static TlsClientConfig NewClientConfig(TlsCounters counters, ITlsEntropy entropy, ITlsCertificateVerifier verifier)
        {
            TlsClientConfig config = new TlsClientConfig(counters, entropy, verifier);
            config.ServerName = "router.test";
            config.ApplicationProtocols = new string[] { "http/1.1" };
            return config;
        }

        /// <summary>Application data the server has read so far.</summary>
        public byte[] ServerReceived
        {
            get { return _serverReceived; }
        }

        /// <summary>Application data the client has read so far.</summary>
        public byte[] ClientReceived
        {
            get { return _clientReceived; }
        }

        /// <summary>Starts the client and runs the exchange to quiet.</summary>
        public void Connect()
        {
            Client.Start(Now);
            Pump();
        }

        /// <summary>Moves records both ways until neither side has output, reading application data as it arrives.</summary>
        public void Pump()
        {
            for (int round = 0; round < 1000; round++)
            {
                int moved = 0;
                int n;
                while ((n = Client.TakeOutput(_wire, 0, _wire.Length)) > 0)
                {
                    _toServer = Append(_toServer, _wire, n);
                    moved += n;
                }

                while ((n = Server.TakeOutput(_wire, 0, _wire.Length)) > 0)
                {
                    _toClient = Append(_toClient, _wire, n);
                    moved += n;
                }

                moved += FeedServer();
                moved += FeedClient();
                if (moved == 0)
                {
                    return;
                }
            }
        }

        private int FeedServer()
        {
            int fed = 0;
            while (_toServer.Length > fed)
            {
                int taken = Server.Feed(_toServer, fed, _toServer.Length - fed, Now);
                fed += taken;
                int read;
                while ((read = Server.ReadApplicationData(_plain, 0, _plain.Length)) > 0)
                {
                    _serverReceived = Append(_serverReceived, _plain, read);
                }

                if (taken == 0 && Server.PendingApplicationData == 0)
                {
                    break;
                }
            }

            _toServer = Rest(_toServer, fed);
            return fed;
        }

        private int FeedClient()
        {
            int fed = 0;
            while (_toClient.Length > fed)
            {
                int taken = Client.Feed(_toClient, fed, _toClient.Length - fed, Now);
                fed += taken;
                int read;
                while ((read = Client.ReadApplicationData(_plain, 0, _plain.Length)) > 0)
                {
                    _clientReceived = Append(_clientReceived, _plain, read);
                }

                if (taken == 0 && Client.PendingApplicationData == 0)
                {
                    break;
                }
            }

            _toClient = Rest(_toClient, fed);
            return fed;
        }

        /// <summary>Everything the client has to send, taken out.</summary>
        public static byte[] Drain(TlsClientEngine client)
        {
            byte[] output = new byte[client.PendingOutput];
            client.TakeOutput(output, 0, output.Length);
            return output;
        }

        public static byte[] Append(byte[] a, byte[] b, int count)
        {
            byte[] both = new byte[a.Length + count];
            Array.Copy(a, 0, both, 0, a.Length);
            Array.Copy(b, 0, both, a.Length, count);
            return both;
        }

        private static byte[] Rest(byte[] bytes, int from)
        {
            byte[] rest = new byte[bytes.Length - from];
            Array.Copy(bytes, from, rest, 0, rest.Length);
            return rest;
        }
    }
}
