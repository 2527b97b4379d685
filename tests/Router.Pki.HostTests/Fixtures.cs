using System;
using System.IO;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.HostTests
{
    /// <summary>
    /// The OpenSSL-made certificates and CRLs, generated once per test run by
    /// Fixtures/make-fixtures.sh into a temporary directory (see that script for what each is).
    /// </summary>
    internal static class Fixtures
    {
        /// <summary>The time the chain tests validate at: every fixture's dates are set around it.</summary>
        public static readonly long ValidationTime = CivilTime.ToSeconds(2030, 6, 1, 12, 0, 0);

        private static readonly Lazy<string> LazyDirectory = new Lazy<string>(Generate);

        public static string Directory => LazyDirectory.Value;

        public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(Directory, file));

        /// <summary>The certificate NAME.der.</summary>
        public static Certificate Certificate(string name)
        {
            byte[] der = Bytes(name + ".der");
            return X509.Certificate.Parse(der, 0, der.Length);
        }

        public static CertificateRevocationList Crl(string name)
        {
            byte[] der = Bytes(name + ".der");
            return CertificateRevocationList.Parse(der, 0, der.Length);
        }

        private static string Generate()
        {
            string directory = OpenSsl.TempDirectory("fixtures");
            string script = Path.Combine(AppContext.BaseDirectory, "Fixtures", "make-fixtures.sh");
            OpenSsl.Result result = OpenSsl.Exec("bash", directory, script, directory);
            if (result.ExitCode != 0 || !File.Exists(Path.Combine(directory, "complete")))
            {
                throw new InvalidOperationException("make-fixtures.sh failed: " + result.All);
            }

            return directory;
        }
    }
}
