using System;
using nanoFramework.TestFramework;
using Router.Core.Storage;
using Router.Enco.Keys;

namespace Router.Enco.Tests
{
    /// <summary>RSA and ECDSA keys generated into the key store, opened for signing, persisted and shown.</summary>
    [TestClass]
    public class KeysGenerationTests
    {
        private const int BlockSize = 512;
        private const int Blocks = 16;

        [TestMethod]
        public void AnEcdsaKeyIsGeneratedOnP256ByDefaultAndSigns()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            EncoKeyEntry entry = store.GenerateEcdsa(3, 0, "ike");

            Assert.AreEqual(EncoKeyKind.Ecdsa, entry.Kind);
            Assert.AreEqual(256, entry.Bits);
            Assert.AreEqual("ike", entry.Description);
            EncoKey key = store.OpenPrivateKey(3);
            Assert.IsNotNull(key);
            Assert.AreEqual(EncoKeyType.EcP256, key.Type);

            byte[] digest = new byte[32];
            digest[0] = 0x42;
            byte[] signature = new byte[Ecdsa.MaxSignatureSize];
            int length = Ecdsa.Sign(key, EncoHashAlgorithm.Sha256, digest, 0, 32, Ecdsa.Raw, signature, 0);
            key.Dispose();

            byte[] publicKey = new byte[200];
            int publicLength = store.ExportPublicKeyInfo(3, publicKey, 0);
            Assert.IsTrue(Ecdsa.Verify(EncoKeyType.EcP256, publicKey, 0, publicLength, EncoKeyFormat.PublicSpki,
                digest, 0, 32, Ecdsa.Raw, signature, 0, length));
        }

        [TestMethod]
        public void AnRsa1024KeyIsGeneratedAndItsLengthsAreChecked()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            Assert.AreEqual(EncoKeyStoreError.BadLength, ErrorOf(delegate { store.GenerateRsa(0, 512, null); }));
            Assert.AreEqual(EncoKeyStoreError.BadLength, ErrorOf(delegate { store.GenerateRsa(0, 1028, null); }));
            Assert.AreEqual(EncoKeyStoreError.BadLength, ErrorOf(delegate { store.GenerateEcdsa(0, 521, null); }));

            EncoKeyEntry entry = store.GenerateRsa(0, 1024, "https gui");
            Assert.AreEqual(EncoKeyKind.Rsa, entry.Kind);
            Assert.AreEqual(1024, entry.Bits);
            EncoKey key = store.OpenPrivateKey(0);
            Assert.AreEqual(1024, key.Parameter);
            Assert.AreEqual(128, Rsa.ModulusSize(key));
            key.Dispose();
            Assert.AreEqual(EncoKeyStoreError.KeyExists, ErrorOf(delegate { store.GenerateEcdsa(0, 256, null); }));
        }

        [TestMethod]
        public void OnlyPrivateKeysOpen()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            store.CreateRandom(1, EncoKeyKind.Aes, 0, null);
            Assert.IsNull(store.OpenPrivateKey(1));
            Assert.IsNull(store.OpenPrivateKey(2));
            Assert.AreEqual(-1, store.ExportPublicKeyInfo(1, new byte[10], 0));
        }

        [TestMethod]
        public void AGeneratedKeySurvivesARestartInSecurityModeAndLeavesWithDestroy()
        {
            KeysNorFlash flash = new KeysNorFlash(BlockSize * Blocks, BlockSize);
            FlashStore files = new FlashStore(flash, 0, Blocks, 1, 16);
            files.Format();
            EncoKeyStore store = new EncoKeyStore(4, files, new KeysTestRandom(1));
            store.Load(true);
            store.GenerateEcdsa(7, 384, null);

            FlashStore remounted = new FlashStore(flash, 0, Blocks, 1, 16);
            remounted.Mount();
            EncoKeyStore rebooted = new EncoKeyStore(4, remounted, new KeysTestRandom(2));
            Assert.AreEqual(1, rebooted.Load(true));
            Assert.AreEqual(384, rebooted.Find(7).Bits);
            EncoKey key = rebooted.OpenPrivateKey(7);
            Assert.AreEqual(EncoKeyType.EcP384, key.Type);
            key.Dispose();

            rebooted.Destroy(7);
            Assert.IsNull(rebooted.OpenPrivateKey(7));
            FlashStore again = new FlashStore(flash, 0, Blocks, 1, 16);
            again.Mount();
            Assert.AreEqual(0, new EncoKeyStore(4, again, new KeysTestRandom(3)).Load(true), "the destroyed key's file is gone");
        }

        [TestMethod]
        public void APrivateKeyBlobIsNeverHandedOut()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            EncoKeyEntry entry = store.GenerateEcdsa(1, 256, null);
            Assert.AreEqual(EncoKeyStoreError.BadKeyType, ErrorOf(delegate { Assert.IsNotNull(entry.Material); }));
        }

        [TestMethod]
        public void ShowEncoKeyGivesThePublicKeyFingerprintNeverThePrivateKey()
        {
            EncoKeyStore store = new EncoKeyStore(4, null, new KeysTestRandom(1));
            EncoKeyEntry entry = store.GenerateEcdsa(0, 256, "gui");

            KeysTestOutput output = new KeysTestOutput();
            EncoKeyFormatter.WriteKey(output, store, entry, true, false);

            Assert.AreEqual("Type ................................... ECDSA", output.Find("Type"));
            Assert.AreEqual("Length ................................. 256 bits (P-256)", output.Find("Length"));
            Assert.AreEqual("Value .................................. (private key, never shown)", output.Find("Value"));
            string fingerprint = output.Find("Public Key SHA-256");
            Assert.IsNotNull(fingerprint);
            Assert.AreEqual(64, fingerprint.Length - fingerprint.LastIndexOf(' ') - 1);
        }

        private static int ErrorOf(Action action)
        {
            try
            {
                action();
                return 0;
            }
            catch (EncoKeyStoreException e)
            {
                return e.Error;
            }
        }
    }
}
