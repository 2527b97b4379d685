using System.Text;
using nanoFramework.TestFramework;
using Router.Pki.Der;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>The PKI commands on the command table: add, paste, trust, delete and the show views.</summary>
    [TestClass]
    public class CommandTests
    {
        [TestMethod]
        public void AddsTrustsShowsAndDeletesCertificates()
        {
            TestConsole console = new TestConsole();
            TestPki root = TestPki.Ca("cn=Root, o=Test, c=FI", 1);
            TestPki leaf = TestPki.EndEntity("cn=gw.example.com, o=x, c=us", 2).IssuedBy(root);
            leaf.AltNames = "ip:10.20.210.1";
            leaf.Serial = 22314868;
            console.PutFile("root.cer", root.Build().Der);
            Certificate built = leaf.Build();
            console.PutFile("leaf.pem", Pem.Encode(Pem.CertificateLabel, built.Der, 0, built.Der.Length));

            Assert.AreEqual("Info (1095002): Certificate \"root\" added (ID 1): valid, trusted.\nInfo (134003): Operation successful.",
                console.Run("add pki certificate=root location=ROOT.CER trust=yes"));
            Assert.StartsWith("Info (1095002): Certificate \"gw\" added (ID 2): valid.", console.Run("add pki certificate=gw location=leaf.pem type=endentity"));

            Assert.AreEqual("Database: Total entries: 2 Active entries: 2 Locked entries: 1\n"
                + "ID      Serial      Subject\n"
                + "2       22314868    C=us, O=x, CN=gw.example.com\n"
                + "1       1           C=FI, O=Test, CN=Root", console.Run("show ipsec certificates"));
            string detail = console.Run("show ipsec certificates detail");
            Assert.Contains("Subject: C=us, O=x, CN=gw.example.com\nID: 2, References: 0, Serial: 22314868\nFlags: Trusted Non-root Non-crl-issuer\n"
                + "Validity period starts: 2029 Jan 1st, 00:00:00 GMT\nValidity period ends: 2031 Jan 1st, 00:00:00 GMT\n"
                + "Alternative name information:\n  IP address: 10.20.210.1\nIssuer: C=FI, O=Test, CN=Root", detail);

            console.Run("set pki certificate=root trust=no");
            Assert.Contains("Flags: Not trusted Non-root", console.Run("show ipsec certificates detail"));
            Assert.Contains("(none)", console.Run("show pki crl"));

            Assert.AreEqual("Info (134003): Operation successful.", console.Run("delete pki certificate=gw"));
            Assert.StartsWith("Database: Total entries: 1 Active entries: 1 Locked entries: 0", console.Run("show ipsec certificates"));
        }

        [TestMethod]
        public void TakesACertificatePastedOnTheConsole()
        {
            TestConsole console = new TestConsole();
            Certificate root = TestPki.Ca("cn=Pasted Root", 1).Build();
            byte[] pem = Pem.Encode(Pem.CertificateLabel, root.Der, 0, root.Der.Length);
            string[] lines = Encoding.UTF8.GetString(pem, 0, pem.Length).Split(new char[] { '\n' });

            Assert.AreEqual("Info (1095004): Paste the PEM certificate, ending with its END line.", console.Run("add pki certificate=pasted location=console trust=yes"));
            Assert.IsNotNull(console.Paste);
            string answer = console.PasteLines(lines);
            Assert.AreEqual("Info (1095002): Certificate \"pasted\" added (ID 1): valid, trusted.\nInfo (134003): Operation successful.", answer);
            Assert.IsNull(console.Paste);

            console.Run("add pki certificate=other location=console");
            Assert.AreEqual("Paste cancelled.", console.PasteLines(new string[] { "." }));
        }

        [TestMethod]
        public void CreateNeedsAnEncoKey()
        {
            TestConsole console = new TestConsole();
            Assert.StartsWith("Error (3095008): ENCO key 0 does not exist or is not an RSA or ECDSA key.",
                console.Run("create pki certificate=gui keypair=0 serialnumber=1 subject=\"cn=gui\""));
            Assert.StartsWith("Error (3095014): \"a.b/c\" cannot name a file", console.Run("create pki certificate=a.b/c keypair=0 serialnumber=1 subject=\"cn=gui\""));
        }

        [TestMethod]
        public void AddsAndShowsCrls()
        {
            TestConsole console = new TestConsole();
            console.PutFile("root.cer", TestPki.Ca("cn=Root", 1).Build().Der);
            console.Run("add pki certificate=root location=root.cer trust=yes");
            CertificateRevocationList crl = TestPki.Crl("cn=Root", 1, TestPki.Year2030 - TestPki.Day, new long[] { 7, 8 });
            console.PutFile("root.crl", Pem.Encode(Pem.CrlLabel, crl.Der, 0, crl.Der.Length));
            CertificateRevocationList forged = TestPki.Crl("cn=Root", 5, TestPki.Year2030 - TestPki.Day, new long[0]);
            console.PutFile("forged.crl", forged.Der);

            Assert.AreEqual("Info (134003): Operation successful.", console.Run("add pki crl=root location=root.crl"));
            Assert.StartsWith("Error (3095015): The CRL's signature does not verify with its issuer \"root\".", console.Run("add pki crl=forged location=forged.crl"));
            string view = console.Run("show ipsec certificates crl detail");
            Assert.Contains("Issuer: CN=Root\nID: 2, Name: root, Revoked certificates: 2\nState: Current\n", view);
            Assert.Contains("Revoked certificates:\n  Serial: 7, Revocation date: 2029 Dec 31st, 00:00:00 GMT\n  Serial: 8,", view);
            Assert.Contains("Flags: Trusted Root Crl-issuer", console.Run("show ipsec certificates detail"));
            Assert.AreEqual("Info (134003): Operation successful.", console.Run("delete pki crl=root"));
        }
    }
}
