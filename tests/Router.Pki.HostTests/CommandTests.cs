using System.IO;
using Router.Cli;
using Router.Pki.Commands;
using Router.Pki.Database;
using Xunit;

namespace Router.Pki.HostTests
{
    /// <summary>The PKI commands end to end through the command table: the seed 000 example, seed 002's view, errors, persistence.</summary>
    public class CommandTests
    {
        private const string Seed000Create = "create pki certificate=cer_name keypair=0 serialnumber=12345 subject=\"cn=172.30.1.105, o=my_company, c=us\"";
        private const string Seed000Add = "add pki certificate=cer_name location=cer_name.cer trust=yes";

        [Fact]
        public void RunsTheSeed000Example()
        {
            var rig = new ConsoleRig();

            string created = rig.Run(Seed000Create, out int result);
            Assert.Equal(CommandResult.Success, result);
            Assert.Equal("Info (1095001): Certificate written to file \"cer_name.cer\".\nInfo (134003): Operation successful.", created);

            string added = rig.Run(Seed000Add, out result);
            Assert.Equal(CommandResult.Success, result);
            Assert.Contains("Info (1095002): Certificate \"cer_name\" added (ID 1): valid, trusted.", added);

            string detail = rig.Run("show pki certificate=cer_name");
            Assert.Contains("  Subject .............................. C=us, O=my_company, CN=172.30.1.105", detail);
            Assert.Contains("  Serial number ........................ 12345 (0x3039)", detail);
            Assert.Contains("  Valid from ........................... 2027 Mar 1st, 01:20:42 GMT", detail);
            Assert.Contains("  Valid to ............................. 2028 Feb 29th, 01:20:42 GMT", detail);
            Assert.Contains("  Public key ........................... RSA 2048 bits", detail);
            Assert.Contains("  Trusted .............................. yes (trust anchor)", detail);
            Assert.Contains("  Status ............................... valid", detail);
            Assert.Contains("  Key usage ............................ digitalSignature, keyEncipherment", detail);
            Assert.Contains("  Alternative names .................... IP address: 172.30.1.105", detail);
            Assert.Contains("  Fingerprint (SHA-256) ................ ", detail);

            string list = rig.Run("show pki certificate");
            Assert.Contains("PKI certificate database: 1 entries of 12, ", list);
            Assert.Contains("cer_name                          1      yes      ok                 C=us, O=my_company, CN=172.30.1.105", list);
        }

        [Fact]
        public void ShowsTheDatabaseAsSeed002Does()
        {
            var rig = new ConsoleRig();
            rig.Clock.Now = new System.DateTime(2030, 6, 1, 12, 0, 0, System.DateTimeKind.Utc);
            rig.PutFile("root.pem", Fixtures.Bytes("root.pem"));
            rig.PutFile("chain.pem", Concat(Fixtures.Bytes("leaf.pem"), Fixtures.Bytes("int.pem")));
            rig.PutFile("crl-int.der", Fixtures.Bytes("crl-int.der"));

            Assert.Contains("(ID 1): valid, trusted.", rig.Run("add pki certificate=root location=root.pem trust=yes type=ca"));
            string chain = rig.Run("add pki certificate=vpn location=chain.pem");
            Assert.Contains("Certificate \"vpn\" added (ID 2): valid.", chain);
            Assert.Contains("Certificate \"vpn_2\" added (ID 3): valid.", chain);
            rig.Run("add pki crl=crl-int location=crl-int.der", out int result);
            Assert.Equal(CommandResult.Success, result);

            string brief = rig.Run("show ipsec certificates");
            Assert.Equal(
                "Database: Total entries: 4 Active entries: 4 Locked entries: 1\n"
                + "ID      Serial      Subject\n"
                + "3       4097        C=FI, O=Company-ABC, CN=Company ABC issuing CA\n"
                + "2       4096        C=us, O=x, CN=vpn.example.com\n"
                + "1       4096        C=FI, O=Company-ABC, CN=Company ABC class 2",
                brief);

            string detail = rig.Run("sh ipsec cert det");
            Assert.Contains(
                "Subject: C=us, O=x, CN=vpn.example.com\n"
                + "ID: 2, References: 0, Serial: 4096\n"
                + "Flags: Trusted Non-root Non-crl-issuer\n"
                + "Validity period starts: 2025 Jan 1st, 00:00:00 GMT\n"
                + "Validity period ends: 2033 Jan 1st, 00:00:00 GMT\n"
                + "Alternative name information:\n"
                + "  DNS name: vpn.example.com\n"
                + "  DNS name: *.lab.example.com\n"
                + "  IP address: 10.20.210.1\n"
                + "  IP address: 2001:db8::1\n"
                + "  Email address: admin@example.com\n"
                + "  URI: https://vpn.example.com/\n"
                + "Issuer: C=FI, O=Company-ABC, CN=Company ABC issuing CA",
                detail);
            Assert.Contains("ID: 3, References: 0, Serial: 4097\nFlags: Trusted Non-root Crl-issuer", detail);
            Assert.Contains("ID: 1, References: 0, Serial: 4096\nFlags: Trusted Root Non-crl-issuer", detail);

            string crls = rig.Run("show ipsec certificates crl detail");
            Assert.Contains("Issuer: C=FI, O=Company-ABC, CN=Company ABC issuing CA\nID: 4, Name: crl-int, Revoked certificates: 1\nState: Current", crls);
            Assert.Contains("Revoked certificates:\n  Serial: 4100, Revocation date: ", crls);
        }

        [Fact]
        public void MakesAnEnrollmentRequestOpenSslVerifies()
        {
            var rig = new ConsoleRig();
            Assert.Contains("Error (3095017)", rig.Run("create pki enrollmentrequest=router1 keypair=1"));

            rig.SystemIdentity.DistinguishedName = "cn=router1.example.com, o=my_company, c=us";
            string created = rig.Run("create pki enrollmentrequest=router1 keypair=1", out int result);
            Assert.Equal(CommandResult.Success, result);
            Assert.Contains("Enrollment request written to file \"router1.csr\".", created);

            string directory = OpenSsl.TempDirectory("cli-request");
            File.WriteAllBytes(Path.Combine(directory, "router1.csr"), rig.GetFile("router1.csr"));
            OpenSsl.Result verify = OpenSsl.Run(directory, "req", "-verify", "-noout", "-subject", "-in", "router1.csr");
            Assert.True(verify.ExitCode == 0, verify.All);
            Assert.Contains("subject=C = us, O = my_company, CN = router1.example.com", verify.Output);
        }

        [Fact]
        public void AnswersMistakesWithNumberedErrors()
        {
            var rig = new ConsoleRig();
            rig.PutFile("junk.cer", new byte[] { 0x30, 0x03, 0x02, 0x01 });

            Assert.StartsWith("Error (3095005): File \"missing.cer\" does not exist.", rig.Run("add pki certificate=x location=missing.cer"));
            Assert.StartsWith("Error (3095006): File \"junk.cer\" does not hold a valid certificate: ", rig.Run("add pki certificate=x location=junk.cer"));
            Assert.StartsWith("Error (3095008): ENCO key 9 does not exist", rig.Run("create pki certificate=a keypair=9 serialnumber=1 subject=\"cn=a\""));
            Assert.StartsWith("Error (3095010): Subject is not valid: country must be a two-letter code.", rig.Run("create pki certificate=a keypair=0 serialnumber=1 subject=\"cn=a, c=usa\""));
            Assert.StartsWith("Error (3095011): Subject alternative name is not valid:", rig.Run("create pki certificate=a keypair=0 serialnumber=1 subject=\"cn=a\" subjectaltname=\"ip:300.1.1.1\""));
            Assert.StartsWith("Error (3095002): Certificate \"nothing\" does not exist.", rig.Run("delete pki certificate=nothing"));

            rig.Run(Seed000Create);
            Assert.StartsWith("Error (3095013): File \"cer_name.cer\" already exists", rig.Run(Seed000Create));
            rig.Run(Seed000Add);
            Assert.StartsWith("Error (3095001): Certificate \"CER_NAME\" already exists.", rig.Run("add pki certificate=CER_NAME location=cer_name.cer"));
            Assert.StartsWith("Error (3095007): This certificate is already in the database as \"cer_name\".", rig.Run("add pki certificate=other location=cer_name.cer"));
            Assert.StartsWith("Error (3095016): The certificate is not a CA certificate (TYPE=CA).", rig.Run("add pki certificate=other location=cer_name.cer type=ca"));
        }

        [Fact]
        public void TheDatabaseSurvivesARestart()
        {
            var rig = new ConsoleRig();
            rig.Run(Seed000Create);
            rig.Run(Seed000Add);
            rig.PutFile("root.pem", Fixtures.Bytes("root.pem"));
            rig.Run("add pki certificate=root location=root.pem");
            rig.Run("set pki certificate=root trust=yes", out int result);
            Assert.Equal(CommandResult.Success, result);
            rig.PutFile("crl.pem", Fixtures.Bytes("crl-int.pem"));
            rig.Run("add pki crl=crl1 location=crl.pem");

            rig.Restart();

            Assert.Equal(3, rig.Database.TotalEntries);
            Assert.True(rig.Database.FindCertificate("cer_name").Trusted);
            Assert.True(rig.Database.FindCertificate("root").Trusted);
            Assert.NotNull(rig.Database.FindCrl("crl1"));
            Assert.Equal(0, rig.Database.LoadFailures);

            rig.Run("delete pki certificate=root");
            rig.Run("delete pki crl=crl1");
            rig.Restart();
            Assert.Equal(1, rig.Database.TotalEntries);
            Assert.Null(rig.Database.FindCertificate("root"));
        }

        [Fact]
        public void TheDatabaseIsBounded()
        {
            var rig = new ConsoleRig(new DatabaseLimits(2, 2000));
            rig.PutFile("root.pem", Fixtures.Bytes("root.pem"));
            rig.PutFile("int.pem", Fixtures.Bytes("int.pem"));
            rig.PutFile("big.pem", Fixtures.Bytes("self-rsa4096.pem"));
            rig.PutFile("p256.pem", Fixtures.Bytes("self-p256.pem"));

            Assert.Contains("added", rig.Run("add pki certificate=root location=root.pem"));
            Assert.StartsWith("Error (3095004): The PKI database is full (2000 bytes", rig.Run("add pki certificate=big location=big.pem"));
            Assert.Contains("added", rig.Run("add pki certificate=int location=int.pem"));
            Assert.StartsWith("Error (3095003): The PKI database is full (2 entries).", rig.Run("add pki certificate=p256 location=p256.pem"));
        }

        [Fact]
        public void ADeletedCertificateInUseLeavesWithItsLastUser()
        {
            var rig = new ConsoleRig();
            rig.Run(Seed000Create);
            rig.Run(Seed000Add);
            CertificateEntry entry = rig.Database.FindCertificate("cer_name");
            rig.Database.AddReference(entry);

            Assert.Contains("Info (1095003)", rig.Run("delete pki certificate=cer_name"));
            Assert.StartsWith("Database: Total entries: 1 Active entries: 0 Locked entries: 0", rig.Run("show ipsec certificates"));
            Assert.Null(rig.Database.FindCertificate("cer_name"));

            rig.Database.ReleaseReference(entry);
            Assert.Equal(0, rig.Database.TotalEntries);
        }

        [Fact]
        public void RegistersOnlyTheCommandsTheCatalogLacks()
        {
            CommandTable table = CommandCatalog.CreateTable();
            var rig = new ConsoleRig();
            Assert.Equal(PkiCommands.Syntaxes.Length, new PkiCommands(rig.Context, null).Attach(table));
            Assert.NotNull(table.Find("show ipsec certificates"));
            Assert.Equal(0, new PkiCommands(rig.Context, null).Attach(table));
        }

        private static byte[] Concat(byte[] a, byte[] b)
        {
            byte[] both = new byte[a.Length + b.Length];
            a.CopyTo(both, 0);
            b.CopyTo(both, a.Length);
            return both;
        }
    }
}
