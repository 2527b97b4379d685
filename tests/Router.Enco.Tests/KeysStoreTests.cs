using System;
using nanoFramework.TestFramework;
using Router.Core.Storage;
using Router.Enco.Keys;

namespace Router.Enco.Tests
{
    /// <summary>The ENCO key store: create, destroy, describe, bounds, and persistence by security mode.</summary>
    [TestClass]
    public class KeysStoreTests
    {
        private const int BlockSize = 512;
        private const int Blocks = 8;

        [TestMethod]
        public void RandomKeysHaveTheSizeOfTheirType()
        {
            EncoKeyStore store = NewStore(null, 8);
            Assert.AreEqual(32, store.CreateRandom(1, EncoKeyKind.General, 0, null).MaterialLength);
            Assert.AreEqual(10, store.CreateRandom(2, EncoKeyKind.General, 10, null).MaterialLength);
            Assert.AreEqual(32, store.CreateRandom(3, EncoKeyKind.Aes, 0, null).MaterialLength);
            Assert.AreEqual(16, store.CreateRandom(4, EncoKeyKind.Aes, 128, null).MaterialLength);
            Assert.AreEqual(24, store.CreateRandom(5, EncoKeyKind.TripleDes, 0, null).MaterialLength);
            Assert.AreEqual(8, store.CreateRandom(6, EncoKeyKind.Des, 0, null).MaterialLength);
            Assert.AreEqual(128, store.Find(4).Bits);
            Assert.AreEqual(6, store.Count);
        }

        [TestMethod]
        public void ARandomGeneralKeyIsLettersAndDigits()
        {
            EncoKeyEntry key = NewStore(null, 4).CreateRandom(1, EncoKeyKind.General, 200, null);
            for (int i = 0; i < key.MaterialLength; i++)
            {
                char c = (char)key.Material[i];
                bool alphanumeric = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                Assert.IsTrue(alphanumeric, "character " + i.ToString() + " is " + ((int)c).ToString());
            }
        }

        [TestMethod]
        public void KeysTakeTheValueGiven()
        {
            EncoKeyStore store = NewStore(null, 4);
            EncoKeyEntry general = store.CreateWithValue(1, EncoKeyKind.General, "alphanumeric-key", "to head office");
            Assert.AreEqual("alphanumeric-key", AsText(general.Material));
            Assert.AreEqual("to head office", general.Description);

            EncoKeyEntry aes = store.CreateWithValue(2, EncoKeyKind.Aes, "0x000102030405060708090a0b0c0d0e0f", null);
            Assert.AreEqual(16, aes.MaterialLength);
            Assert.AreEqual((byte)0x0f, aes.Material[15]);
            Assert.AreEqual(string.Empty, aes.Description);
        }

        [TestMethod]
        [DataRow(EncoKeyKind.Aes, "0x0001")]
        [DataRow(EncoKeyKind.Aes, "zz00112233445566778899aabbccddeeff")]
        [DataRow(EncoKeyKind.Des, "00112233445566")]
        [DataRow(EncoKeyKind.General, "")]
        public void RefusesAValueOfTheWrongShape(int kind, string value)
        {
            EncoKeyStore store = NewStore(null, 4);
            Assert.AreEqual(EncoKeyStoreError.BadValue, ErrorOf(delegate { store.CreateWithValue(1, kind, value, null); }));
            Assert.AreEqual(0, store.Count);
        }

        [TestMethod]
        public void RefusesWhatTheTypeDoesNotTake()
        {
            EncoKeyStore store = NewStore(null, 4);
            Assert.AreEqual(EncoKeyStoreError.BadKeyType, ErrorOf(delegate { store.CreateRandom(1, EncoKeyKind.Rsa, 2048, null); }));
            Assert.AreEqual(EncoKeyStoreError.BadLength, ErrorOf(delegate { store.CreateRandom(1, EncoKeyKind.Aes, 100, null); }));
            Assert.AreEqual(EncoKeyStoreError.BadLength, ErrorOf(delegate { store.CreateRandom(1, EncoKeyKind.General, 300, null); }));
            Assert.AreEqual(EncoKeyStoreError.BadValue, ErrorOf(delegate { store.CreateWithValue(1, EncoKeyKind.General, "tab\there", null); }));
            Assert.AreEqual(EncoKeyStoreError.BadKeyId, ErrorOf(delegate { store.CreateRandom(65536, EncoKeyKind.Des, 0, null); }));
            Assert.AreEqual(EncoKeyStoreError.BadDescription,
                ErrorOf(delegate { store.CreateRandom(1, EncoKeyKind.Des, 0, new string('d', 64)); }));
            Assert.AreEqual(0, store.Count);
        }

        [TestMethod]
        public void AKeyNumberIsTakenOnce()
        {
            EncoKeyStore store = NewStore(null, 4);
            store.CreateRandom(7, EncoKeyKind.Des, 0, null);
            Assert.AreEqual(EncoKeyStoreError.KeyExists, ErrorOf(delegate { store.CreateRandom(7, EncoKeyKind.Aes, 0, null); }));
            Assert.AreEqual(EncoKeyKind.Des, store.Find(7).Kind);
        }

        [TestMethod]
        public void TheStoreIsBounded()
        {
            EncoKeyStore store = NewStore(null, 3);
            store.CreateRandom(30, EncoKeyKind.Des, 0, null);
            store.CreateRandom(10, EncoKeyKind.Des, 0, null);
            store.CreateRandom(20, EncoKeyKind.Des, 0, null);
            Assert.AreEqual(EncoKeyStoreError.TooManyKeys, ErrorOf(delegate { store.CreateRandom(40, EncoKeyKind.Des, 0, null); }));

            // Listed in ascending number.
            Assert.AreEqual(10, store.GetAt(0).Id);
            Assert.AreEqual(20, store.GetAt(1).Id);
            Assert.AreEqual(30, store.GetAt(2).Id);
            Assert.IsNull(store.GetAt(3));
        }

        [TestMethod]
        public void DestroyZeroesTheKeyMaterial()
        {
            EncoKeyStore store = NewStore(null, 4);
            EncoKeyEntry key = store.CreateRandom(1, EncoKeyKind.Aes, 256, null);
            byte[] material = key.Material;
            Assert.IsFalse(AllZero(material));

            store.Destroy(1);
            Assert.IsTrue(AllZero(material), "the destroyed key's bytes are still in RAM");
            Assert.IsNull(store.Find(1));
            Assert.AreEqual(EncoKeyStoreError.KeyNotFound, ErrorOf(delegate { store.Destroy(1); }));
        }

        [TestMethod]
        public void StoresAPrivateKeyBlobButNeverHandsItOut()
        {
            EncoKeyStore store = NewStore(null, 4);
            byte[] blob = new byte[120];
            new KeysTestRandom(9).GetBytes(blob, 0, blob.Length);
            EncoKeyEntry key = store.CreatePrivateKey(0, EncoKeyKind.Rsa, 2048, blob, 10, 100, "https");

            Assert.AreEqual(100, key.MaterialLength);
            Assert.AreEqual(EncoKeyStoreError.BadKeyType, ErrorOf(delegate { Assert.IsNotNull(key.Material); }));
            Assert.AreEqual(EncoKeyStoreError.BadLength, ErrorOf(delegate { store.CreatePrivateKey(1, EncoKeyKind.Ecdsa, 521, blob, 0, 10, null); }));
        }

        [TestMethod]
        public void SetsAndClearsADescription()
        {
            EncoKeyStore store = NewStore(null, 4);
            store.CreateRandom(1, EncoKeyKind.Des, 0, "old");
            store.SetDescription(1, "new one");
            Assert.AreEqual("new one", store.Find(1).Description);
            store.SetDescription(1, null);
            Assert.AreEqual(string.Empty, store.Find(1).Description);
            Assert.AreEqual(EncoKeyStoreError.KeyNotFound, ErrorOf(delegate { store.SetDescription(2, "x"); }));
        }

        [TestMethod]
        public void InSecurityModeKeysSurviveARestart()
        {
            KeysNorFlash flash = NewFlash();
            EncoKeyStore store = NewStore(Mount(flash, true), 8);
            store.Load(true);
            EncoKeyEntry psk = store.CreateWithValue(1, EncoKeyKind.General, "secret-key", "psk");
            EncoKeyEntry aes = store.CreateRandom(2, EncoKeyKind.Aes, 0, null);
            store.SetDescription(2, "esp");

            EncoKeyStore rebooted = NewStore(Mount(flash, false), 8);
            Assert.AreEqual(2, rebooted.Load(true));
            Assert.AreEqual("secret-key", AsText(rebooted.Find(1).Material));
            Assert.AreEqual("psk", rebooted.Find(1).Description);
            Assert.Equal(aes.Material, rebooted.Find(2).Material);
            Assert.AreEqual("esp", rebooted.Find(2).Description);
            Assert.AreEqual(256, rebooted.Find(2).Bits);
            Assert.AreEqual(0, rebooted.UnreadableFiles);
            Assert.IsNotNull(psk);
        }

        [TestMethod]
        public void OutOfSecurityModeNothingReachesTheFlash()
        {
            KeysNorFlash flash = NewFlash();
            EncoKeyStore store = NewStore(Mount(flash, true), 8);
            store.Load(false);
            EncoKeyEntry key = store.CreateRandom(1, EncoKeyKind.Aes, 256, null);

            Assert.IsFalse(flash.ContainsAnyPartOf(key.Material, 8));
            EncoKeyStore rebooted = NewStore(Mount(flash, false), 8);
            Assert.AreEqual(0, rebooted.Load(true), "a key made out of security mode is gone after a restart");
        }

        [TestMethod]
        public void EnablingSecurityWritesTheKeysThatExist()
        {
            KeysNorFlash flash = NewFlash();
            EncoKeyStore store = NewStore(Mount(flash, true), 8);
            store.Load(false);
            EncoKeyEntry key = store.CreateRandom(5, EncoKeyKind.TripleDes, 0, null);
            store.OnSecurityModeChanged(true);

            Assert.IsTrue(store.SecurityMode);
            EncoKeyStore rebooted = NewStore(Mount(flash, false), 8);
            Assert.AreEqual(1, rebooted.Load(true));
            Assert.Equal(key.Material, rebooted.Find(5).Material);
        }

        [TestMethod]
        public void DisablingSecurityDestroysTheKeysAndLeavesNoneOfTheirBytesInFlash()
        {
            KeysNorFlash flash = NewFlash();
            EncoKeyStore store = NewStore(Mount(flash, true), 8);
            store.Load(true);
            EncoKeyEntry aes = store.CreateRandom(1, EncoKeyKind.Aes, 256, "a");
            EncoKeyEntry psk = store.CreateRandom(2, EncoKeyKind.General, 40, "b");
            store.SetDescription(1, "rewritten, so an old version existed");
            byte[] aesCopy = Copy(aes.Material);
            byte[] pskCopy = Copy(psk.Material);
            Assert.IsTrue(flash.ContainsAnyPartOf(aesCopy, 8), "the key file should hold the key");

            store.OnSecurityModeChanged(false);

            Assert.AreEqual(0, store.Count);
            Assert.IsTrue(AllZero(aes.Material) && AllZero(psk.Material), "the keys' RAM is not zeroed");
            Assert.IsFalse(flash.ContainsAnyPartOf(aesCopy, 8), "AES key bytes are still in the flash");
            Assert.IsFalse(flash.ContainsAnyPartOf(pskCopy, 8), "general key bytes are still in the flash");
        }

        [TestMethod]
        public void BootingOutOfSecurityModeWipesLeftoverKeyFiles()
        {
            KeysNorFlash flash = NewFlash();
            EncoKeyStore store = NewStore(Mount(flash, true), 8);
            store.Load(true);
            byte[] key = Copy(store.CreateRandom(3, EncoKeyKind.Aes, 256, null).Material);

            // Say a power cut hit "disable system security" after the mode was saved, before the keys were wiped.
            FlashStore files = Mount(flash, false);
            EncoKeyStore rebooted = NewStore(files, 8);
            Assert.AreEqual(0, rebooted.Load(false));
            Assert.IsFalse(files.Exists("enco.key.3"));
            Assert.IsFalse(flash.ContainsAnyPartOf(key, 8));
        }

        [TestMethod]
        public void AKeyThatCannotBeSavedIsRefusedAndSecurityStaysOff()
        {
            KeysNorFlash flash = NewFlash();
            FlashStore files = Mount(flash, true);
            EncoKeyStore store = NewStore(files, 8);
            store.Load(false);
            byte[] blob = new byte[files.MaxFileLength + 40];
            store.CreatePrivateKey(0, EncoKeyKind.Rsa, 2048, blob, 0, blob.Length, null);
            store.CreateRandom(1, EncoKeyKind.Des, 0, null);

            EncoKeyStoreException refused = null;
            try
            {
                store.OnSecurityModeChanged(true);
            }
            catch (EncoKeyStoreException e)
            {
                refused = e;
            }

            Assert.IsNotNull(refused);
            Assert.AreEqual(EncoKeyStoreError.FlashFailed, refused.Error);
            Assert.AreEqual(StorageError.FileTooLarge, refused.StorageError);
            Assert.IsFalse(store.SecurityMode);
            Assert.AreEqual(0, files.FileCount, "no key file may stay behind");
            Assert.AreEqual(2, store.Count, "the keys themselves are kept");
        }

        [TestMethod]
        public void AnUnreadableKeyFileIsSkipped()
        {
            KeysNorFlash flash = NewFlash();
            FlashStore files = Mount(flash, true);
            byte[] garbage = new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 };
            files.Write("enco.key.4", garbage, 0, garbage.Length);
            files.Write("enco.key.x", garbage, 0, garbage.Length);

            EncoKeyStore store = NewStore(files, 8);
            store.Load(true);
            store.CreateRandom(1, EncoKeyKind.Des, 0, null);
            Assert.AreEqual(1, store.UnreadableFiles);
            Assert.AreEqual(1, store.Count);
        }

        private static KeysNorFlash NewFlash()
        {
            return new KeysNorFlash(BlockSize * Blocks, BlockSize);
        }

        private static FlashStore Mount(KeysNorFlash flash, bool format)
        {
            FlashStore files = new FlashStore(flash, 0, Blocks, 1, 16);
            if (format)
            {
                files.Format();
            }
            else
            {
                files.Mount();
            }

            return files;
        }

        private static EncoKeyStore NewStore(FlashStore files, int maxKeys)
        {
            return new EncoKeyStore(maxKeys, files, new KeysTestRandom(12345));
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

        private static bool AllZero(byte[] bytes)
        {
            for (int i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] != 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static byte[] Copy(byte[] bytes)
        {
            byte[] copy = new byte[bytes.Length];
            Array.Copy(bytes, copy, bytes.Length);
            return copy;
        }

        private static string AsText(byte[] bytes)
        {
            char[] chars = new char[bytes.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[i] = (char)bytes[i];
            }

            return new string(chars);
        }
    }
}
