using nanoFramework.TestFramework;
using Router.Enco.Keys;

namespace Router.Enco.Tests
{
    /// <summary>show enco key and show enco key=N: layout, and which values anyone may see.</summary>
    [TestClass]
    public class KeysFormatterTests
    {
        [TestMethod]
        public void ListsKeysInNumberOrder()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            store.CreateWithValue(1, EncoKeyKind.General, "alphanumeric-key", "vpn to head office");
            store.CreatePrivateKey(0, EncoKeyKind.Rsa, 2048, new byte[64], 0, 64, "https gui");

            KeysTestOutput output = new KeysTestOutput();
            EncoKeyFormatter.WriteList(output, store);

            Assert.AreEqual("ENCO Key Database:", output.Line(0));
            Assert.AreEqual("Id      Type      Bits   Description", output.Line(1));
            Assert.AreEqual("0       RSA       2048   https gui", output.Line(3));
            Assert.AreEqual("1       General   128    vpn to head office", output.Line(4));
            Assert.AreEqual(6, output.Count);
            Assert.DoesNotContains("alphanumeric-key", output.Text());
        }

        [TestMethod]
        public void AGeneralKeyValueIsShownToASecurityOfficerOnly()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            EncoKeyEntry key = store.CreateWithValue(1, EncoKeyKind.General, "alphanumeric-key", "psk");

            KeysTestOutput officer = new KeysTestOutput();
            EncoKeyFormatter.WriteKey(officer, key, true, true);
            Assert.AreEqual("ENCO Key 1:", officer.Line(0));
            Assert.AreEqual("Type ................................... General", officer.Find("Type"));
            Assert.AreEqual("Length ................................. 128 bits (16 characters)", officer.Find("Length"));
            Assert.AreEqual("Value .................................. alphanumeric-key", officer.Find("Value"));
            Assert.AreEqual("Stored in Flash ........................ Yes", officer.Find("Stored"));

            KeysTestOutput manager = new KeysTestOutput();
            EncoKeyFormatter.WriteKey(manager, key, false, false);
            Assert.DoesNotContains("alphanumeric-key", manager.Text());
            Assert.AreEqual("Value .................................. (shown to a Security Officer only)", manager.Find("Value"));
        }

        [TestMethod]
        public void PrivateAndCipherKeysAreNeverShown()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            EncoKeyEntry rsa = store.CreatePrivateKey(0, EncoKeyKind.Rsa, 2048, new byte[] { 0x41, 0x42, 0x43, 0x44 }, 0, 4, null);
            EncoKeyEntry aes = store.CreateWithValue(2, EncoKeyKind.Aes, "41424344454647484142434445464748", null);

            KeysTestOutput output = new KeysTestOutput();
            EncoKeyFormatter.WriteKey(output, rsa, true, true);
            EncoKeyFormatter.WriteKey(output, aes, true, true);
            Assert.DoesNotContains("ABCD", output.Text());
            Assert.DoesNotContains("4142", output.Text());
            Assert.Contains("(private key, never shown)", output.Text());
            Assert.Contains("(secret key, never shown)", output.Text());
        }

        [TestMethod]
        public void AGeneralKeyThatIsNotTextIsShownInHex()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            EncoKeyEntry key = store.CreatePrivateKey(0, EncoKeyKind.Rsa, 2048, new byte[1], 0, 1, null);
            Assert.IsNotNull(key);

            // A general key made from bytes, as a key file of an older firmware could hold.
            EncoKeyEntry general = store.CreateWithValue(1, EncoKeyKind.General, "ab", null);
            general.Material[0] = 0x01;
            KeysTestOutput output = new KeysTestOutput();
            EncoKeyFormatter.WriteKey(output, general, true, false);
            Assert.AreEqual("Value .................................. 0x0162", output.Find("Value"));
        }

        [TestMethod]
        [DataRow("rsa", EncoKeyKind.Rsa)]
        [DataRow("ECC", EncoKeyKind.Ecdsa)]
        [DataRow("ecdsa", EncoKeyKind.Ecdsa)]
        [DataRow("General", EncoKeyKind.General)]
        [DataRow("3DESINNER", EncoKeyKind.TripleDes)]
        [DataRow("aes", EncoKeyKind.Aes)]
        [DataRow("dh", -1)]
        public void ParsesTheTypeWords(string word, int kind)
        {
            Assert.AreEqual(kind, EncoKeyKind.Parse(word));
        }
    }
}
