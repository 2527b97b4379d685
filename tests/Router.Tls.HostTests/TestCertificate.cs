using System;
using System.IO;
using Router.Enco;

namespace Router.Tls.HostTests
{
    /// <summary>A self-signed certificate (DER) and its key as an <see cref="EncoKey"/>, made with openssl at test time.</summary>
    internal sealed class TestCertificate
    {
        public byte[] Certificate;
        public EncoKey Key;

        private static TestCertificate _ecdsa;
        private static TestCertificate _rsa;
        private static TestCertificate _ecdsaP384;
        private static readonly object Gate = new object();

        public static TestCertificate Ecdsa
        {
            get
            {
                lock (Gate)
                {
                    return _ecdsa ?? (_ecdsa = Make("ec -pkeyopt ec_paramgen_curve:P-256", EncoKeyType.EcP256));
                }
            }
        }

        public static TestCertificate EcdsaP384
        {
            get
            {
                lock (Gate)
                {
                    return _ecdsaP384 ?? (_ecdsaP384 = Make("ec -pkeyopt ec_paramgen_curve:P-384", EncoKeyType.EcP384));
                }
            }
        }

        public static TestCertificate Rsa
        {
            get
            {
                lock (Gate)
                {
                    return _rsa ?? (_rsa = Make("rsa:2048", EncoKeyType.Rsa));
                }
            }
        }

        private static TestCertificate Make(string newKey, int keyType)
        {
            string dir = Path.Combine(Path.GetTempPath(), "router-tls-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                string key = Path.Combine(dir, "key.pem");
                string cert = Path.Combine(dir, "cert.der");
                string pkcs8 = Path.Combine(dir, "key.der");
                PeerProcess.Result made = PeerProcess.Run("openssl",
                    "req -x509 -newkey " + newKey + " -nodes -keyout " + key + " -subj /CN=router.test -days 2 -outform DER -out " + cert,
                    null, 60000);
                if (made.ExitCode != 0)
                {
                    throw new InvalidOperationException("openssl req failed: " + made);
                }

                PeerProcess.Result converted = PeerProcess.Run("openssl", "pkcs8 -topk8 -nocrypt -in " + key + " -outform DER -out " + pkcs8, null, 60000);
                if (converted.ExitCode != 0)
                {
                    throw new InvalidOperationException("openssl pkcs8 failed: " + converted);
                }

                byte[] der = File.ReadAllBytes(pkcs8);
                TestCertificate result = new TestCertificate();
                result.Certificate = File.ReadAllBytes(cert);
                result.Key = EncoKey.Import(keyType, 0, EncoKeyFormat.PrivatePkcs8, der, 0, der.Length);
                Array.Clear(der, 0, der.Length);
                return result;
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }
    }
}
