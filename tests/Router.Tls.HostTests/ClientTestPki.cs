using System;
using System.Diagnostics;
using System.IO;
using Router.Core;
using Router.Pki.Database;
using Router.Pki.Engine;
using Router.Pki.X509;
using Router.Tls.Client;
using Router.Tls.Pki;

namespace Router.Tls.HostTests
{
    /// <summary>
    /// A small PKI made with openssl at test time, in a temporary directory: a root CA and a server certificate it
    /// issued (SAN DNS:router.test, serverAuth), for ECDSA P-256 or RSA-2048, as PEM files for `openssl s_server`;
    /// and a certificate database trusting a given root, behind <see cref="PkiTlsCertificateVerifier"/>.
    /// </summary>
    internal sealed class ClientTestPki : IDisposable
    {
        public readonly string Directory;
        public readonly string RootPem;
        public readonly string LeafPem;
        public readonly string LeafKey;
        public readonly byte[] RootDer;

        /// <summary>The intermediate CA's certificate (PEM) for `-cert_chain`, or null when the root issued the leaf.</summary>
        public readonly string IntermediatePem;

        private static ClientTestPki _ecdsa;
        private static ClientTestPki _rsa;
        private static ClientTestPki _otherRoot;
        private static ClientTestPki _withIntermediate;
        private static readonly object Gate = new object();

        private ClientTestPki(string newKey, bool rsa)
            : this(newKey, rsa, false)
        {
        }

        private ClientTestPki(string newKey, bool rsa, bool intermediate)
        {
            Directory = Path.Combine(Path.GetTempPath(), "router-tls-client-" + Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(Directory);
            RootPem = Path.Combine(Directory, "root.pem");
            LeafPem = Path.Combine(Directory, "leaf.pem");
            LeafKey = Path.Combine(Directory, "leaf.key");
            string rootKey = Path.Combine(Directory, "root.key");
            string request = Path.Combine(Directory, "leaf.csr");
            string extensions = Path.Combine(Directory, "leaf.ext");
            string[] keyArguments = newKey.Split(' ');
            File.WriteAllText(extensions,
                "basicConstraints=critical,CA:FALSE\n"
                + "keyUsage=critical,digitalSignature" + (rsa ? ",keyEncipherment" : "") + "\n"
                + "extendedKeyUsage=serverAuth\n"
                + "subjectAltName=DNS:router.test\n"
                + "subjectKeyIdentifier=hash\n"
                + "authorityKeyIdentifier=keyid\n");
            OpenSsl(Concat(new[] { "req", "-x509", "-newkey" }, keyArguments, new[]
            {
                "-nodes", "-keyout", rootKey, "-subj", "/CN=Client Test Root " + Guid.NewGuid().ToString("N").Substring(0, 8), "-days", "2",
                "-out", RootPem, "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign",
            }));
            string issuerPem = RootPem;
            string issuerKey = rootKey;
            if (intermediate)
            {
                IntermediatePem = Path.Combine(Directory, "intermediate.pem");
                string intermediateKey = Path.Combine(Directory, "intermediate.key");
                string intermediateRequest = Path.Combine(Directory, "intermediate.csr");
                string caExtensions = Path.Combine(Directory, "ca.ext");
                File.WriteAllText(caExtensions,
                    "basicConstraints=critical,CA:TRUE,pathlen:0\n"
                    + "keyUsage=critical,keyCertSign,cRLSign\n"
                    + "subjectKeyIdentifier=hash\n"
                    + "authorityKeyIdentifier=keyid\n");
                OpenSsl(Concat(new[] { "req", "-newkey" }, keyArguments, new[] { "-nodes", "-keyout", intermediateKey, "-subj", "/CN=Client Test Intermediate", "-out", intermediateRequest }));
                OpenSsl(new[]
                {
                    "x509", "-req", "-in", intermediateRequest, "-CA", RootPem, "-CAkey", rootKey, "-CAcreateserial", "-days", "2",
                    "-out", IntermediatePem, "-extfile", caExtensions,
                });
                issuerPem = IntermediatePem;
                issuerKey = intermediateKey;
            }

            OpenSsl(Concat(new[] { "req", "-newkey" }, keyArguments, new[] { "-nodes", "-keyout", LeafKey, "-subj", "/CN=router.test", "-out", request }));
            OpenSsl(new[]
            {
                "x509", "-req", "-in", request, "-CA", issuerPem, "-CAkey", issuerKey, "-CAcreateserial", "-days", "2",
                "-out", LeafPem, "-extfile", extensions,
            });
            string rootDer = Path.Combine(Directory, "root.der");
            OpenSsl(new[] { "x509", "-in", RootPem, "-outform", "DER", "-out", rootDer });
            RootDer = File.ReadAllBytes(rootDer);
        }

        public static ClientTestPki Ecdsa
        {
            get
            {
                lock (Gate)
                {
                    return _ecdsa ?? (_ecdsa = new ClientTestPki("ec -pkeyopt ec_paramgen_curve:P-256", false));
                }
            }
        }

        public static ClientTestPki Rsa
        {
            get
            {
                lock (Gate)
                {
                    return _rsa ?? (_rsa = new ClientTestPki("rsa:2048", true));
                }
            }
        }

        /// <summary>Root, intermediate CA (pathlen 0), ECDSA leaf: the server must send the intermediate.</summary>
        public static ClientTestPki WithIntermediate
        {
            get
            {
                lock (Gate)
                {
                    return _withIntermediate ?? (_withIntermediate = new ClientTestPki("ec -pkeyopt ec_paramgen_curve:P-256", false, true));
                }
            }
        }

        /// <summary>A PKI whose root issued nothing the servers use: trusting only it must refuse them.</summary>
        public static ClientTestPki OtherRoot
        {
            get
            {
                lock (Gate)
                {
                    return _otherRoot ?? (_otherRoot = new ClientTestPki("ec -pkeyopt ec_paramgen_curve:P-256", false));
                }
            }
        }

        /// <summary>A verifier over a certificate database (RAM storage) whose one trusted certificate is this PKI's root.</summary>
        public PkiTlsCertificateVerifier Verifier()
        {
            CertificateDatabase database = new CertificateDatabase(DatabaseLimits.Default(), new RamCertificateStorage());
            Assert(database.AddCertificate("root", Certificate.Parse(RootDer, 0, RootDer.Length), true) == DatabaseResult.Ok, "root not added");
            return new PkiTlsCertificateVerifier(database, new EncoSignatureVerifier(), new SystemClock());
        }

        public void Dispose()
        {
            System.IO.Directory.Delete(Directory, true);
        }

        private static void Assert(bool condition, string message)
        {
            if (!condition)
            {
                throw new InvalidOperationException(message);
            }
        }

        private static string[] Concat(string[] a, string[] b, string[] c)
        {
            string[] all = new string[a.Length + b.Length + c.Length];
            a.CopyTo(all, 0);
            b.CopyTo(all, a.Length);
            c.CopyTo(all, a.Length + b.Length);
            return all;
        }

        private static void OpenSsl(string[] arguments)
        {
            ProcessStartInfo start = new ProcessStartInfo("openssl")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (string argument in arguments)
            {
                start.ArgumentList.Add(argument);
            }

            using (Process process = Process.Start(start))
            {
                string error = process.StandardError.ReadToEnd();
                process.StandardOutput.ReadToEnd();
                if (!process.WaitForExit(60000) || process.ExitCode != 0)
                {
                    throw new InvalidOperationException("openssl " + string.Join(" ", arguments) + " failed: " + error);
                }
            }
        }

        private sealed class SystemClock : IClock
        {
            private readonly Stopwatch _uptime = Stopwatch.StartNew();

            public long UptimeMilliseconds
            {
                get { return _uptime.ElapsedMilliseconds; }
            }

            public DateTime UtcNow
            {
                get { return DateTime.UtcNow; }
            }
        }
    }
}
