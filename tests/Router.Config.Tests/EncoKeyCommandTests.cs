using nanoFramework.TestFramework;
using Router.Cli;
using Router.Config.Tests.Fakes;
using Router.Enco.Keys;

namespace Router.Config.Tests
{
    /// <summary>create enco key type=rsa|ecc and show enco key=N through the command language.</summary>
    [TestClass]
    public class EncoKeyCommandTests
    {
        [TestMethod]
        public void AnEccKeyIsGeneratedAndShownWithoutItsPrivateKey()
        {
            Fixture fixture = new Fixture();
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("create enco key=2 type=ecc description=\"ike signing\""));
            EncoKeyEntry key = fixture.Configuration.Keys.Find(2);
            Assert.AreEqual(EncoKeyKind.Ecdsa, key.Kind);
            Assert.AreEqual(256, key.Bits);

            fixture.Run("show enco key=2", Privilege.SecurityOfficer);
            string shown = fixture.Output.Text;
            Assert.Contains("Type ................................... ECDSA", shown);
            Assert.Contains("Length ................................. 256 bits (P-256)", shown);
            Assert.Contains("Value .................................. (private key, never shown)", shown);
            Assert.Contains("Public Key SHA-256 ..................... ", shown);
        }

        [TestMethod]
        public void AnRsaKeyIsGeneratedWithTheLengthAsked()
        {
            Fixture fixture = new Fixture();
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("create enco key=0 type=rsa length=1024"));
            Assert.AreEqual(1024, fixture.Configuration.Keys.Find(0).Bits);
            Assert.AreEqual(EncoKeyKind.Rsa, fixture.Configuration.Keys.Find(0).Kind);
            fixture.Run("show enco key");
            Assert.Contains("0       RSA       1024", fixture.Output.Text);
        }

        [TestMethod]
        public void BadLengthsAndValuesAreRefused()
        {
            Fixture fixture = new Fixture();
            Assert.AreEqual("Error (3085006): ENCO key 0: key length not allowed for this type.", fixture.Run("create enco key=0 type=rsa length=512"));
            Assert.AreEqual("Error (3085006): ENCO key 1: key length not allowed for this type.", fixture.Run("create enco key=1 type=ecc length=521"));
            Assert.AreEqual("Error (3085007): ENCO key 1: key value not valid for this type.", fixture.Run("create enco key=1 type=ecc value=abcd"));
            Assert.AreEqual(0, fixture.Configuration.Keys.Count);
        }

        [TestMethod]
        public void AGeneratedKeyIsKeptInSecurityModeAndGoneWhenDestroyed()
        {
            Fixture fixture = new Fixture();
            fixture.Run("add user=secoff password=officer-pass priv=sec");
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("enable system security"));
            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("create enco key=5 type=ecc length=384", Privilege.SecurityOfficer));

            Router.Core.Storage.FlashStore store = fixture.NewStore();
            store.Mount();
            RouterConfiguration rebooted = fixture.Build(store);
            rebooted.State.Load();
            rebooted.Users.Load();
            Assert.AreEqual(1, rebooted.LoadKeys());
            Assert.AreEqual(384, rebooted.Keys.Find(5).Bits);

            Assert.AreEqual(CliMessages.OperationSuccessfulLine, fixture.Run("destroy enco key=5", Privilege.SecurityOfficer));
            Assert.IsNull(fixture.Configuration.Keys.Find(5));
        }
    }
}
