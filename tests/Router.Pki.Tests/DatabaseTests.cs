using nanoFramework.TestFramework;
using Router.Core.Storage;
using Router.Pki.Database;
using Router.Pki.Validation;
using Router.Pki.X509;

namespace Router.Pki.Tests
{
    /// <summary>The certificate database: names, IDs, bounds, trust, references, snapshots, persistence.</summary>
    [TestClass]
    public class DatabaseTests
    {
        [TestMethod]
        public void AddsFindsAndRefusesByName()
        {
            CertificateDatabase database = New(new RamCertificateStorage(), 8, 16384);
            Assert.AreEqual(DatabaseResult.Ok, database.AddCertificate("Root", Make("cn=Root", 1), true));
            Assert.AreEqual(DatabaseResult.Ok, database.AddCertificate("leaf", Make("cn=Leaf", 2), false));
            Assert.AreEqual(DatabaseResult.NameExists, database.AddCertificate("ROOT", Make("cn=Other", 3), false));
            Assert.AreEqual(DatabaseResult.Duplicate, database.AddCertificate("again", Make("cn=Root", 1), false));
            Assert.AreEqual(DatabaseResult.InvalidName, database.AddCertificate("a b", Make("cn=X", 4), false));
            Assert.AreEqual(DatabaseResult.InvalidName, database.AddCertificate("123456789012345678901234567890123", Make("cn=X", 4), false));

            Assert.AreEqual(1, database.FindCertificate("root").Id);
            Assert.AreEqual(2, database.FindCertificate("LEAF").Id);
            Assert.AreEqual("root", database.FindSameCertificate(Make("cn=Root", 1)).Name.ToLower());
            Assert.AreEqual(2, database.TotalEntries);
            Assert.AreEqual(1, database.LockedEntries);
        }

        [TestMethod]
        public void IsBoundedInEntriesAndBytes()
        {
            Certificate first = Make("cn=One", 1);
            CertificateDatabase database = New(new RamCertificateStorage(), 2, first.Der.Length * 2 + 10);
            Assert.AreEqual(DatabaseResult.Ok, database.AddCertificate("one", first, false));
            Assert.AreEqual(DatabaseResult.Ok, database.AddCertificate("two", Make("cn=Two", 2), false));
            Assert.AreEqual(DatabaseResult.TooManyEntries, database.AddCertificate("three", Make("cn=Three", 3), false));

            CertificateDatabase small = New(new RamCertificateStorage(), 10, first.Der.Length + 10);
            Assert.AreEqual(DatabaseResult.Ok, small.AddCertificate("one", first, false));
            Assert.AreEqual(DatabaseResult.TooManyBytes, small.AddCertificate("two", Make("cn=Two", 2), false));
            Assert.AreEqual(first.Der.Length, small.UsedBytes);
        }

        [TestMethod]
        public void SurvivesARestartOnTheSameStorage()
        {
            RamCertificateStorage storage = new RamCertificateStorage();
            CertificateDatabase database = New(storage, 8, 16384);
            database.AddCertificate("root", Make("cn=Root", 1), false);
            database.AddCertificate("leaf", Make("cn=Leaf", 2), false);
            database.AddCrl("crl", TestPki.Crl("cn=Root", 1, TestPki.Year2030, new long[] { 5 }));
            database.SetTrusted("root", true);
            database.DeleteCertificate("leaf");

            CertificateDatabase again = New(storage, 8, 16384);
            Assert.AreEqual(2, again.Load());
            Assert.IsTrue(again.FindCertificate("root").Trusted);
            Assert.IsNull(again.FindCertificate("leaf"));
            Assert.AreEqual(3, again.FindCrl("crl").Id);
            Assert.AreEqual(DatabaseResult.Ok, again.AddCertificate("next", Make("cn=Next", 3), false));
            Assert.AreEqual(4, again.FindCertificate("next").Id);
        }

        [TestMethod]
        public void PersistsThroughTheFlashStoreAndSkipsDamagedRecords()
        {
            RamFlash flash = new RamFlash(32 * 1024, 4096);
            FlashStore store = new FlashStore(flash, 0, 8, 2, 16);
            store.Format();
            CertificateDatabase database = New(new FlashCertificateStorage(store), 8, 16384);
            database.AddCertificate("root", Make("cn=Root", 1), true);
            database.AddCertificate("leaf", Make("cn=Leaf", 2), false);
            store.Write("$pki.9", new byte[] { 0x50, 0x4B, 0x52, 0x31, 9, 0, 0, 9, 1, 0x41 }, 0, 10);
            store.Write("user.txt", new byte[] { 1, 2, 3 }, 0, 3);

            FlashStore remounted = new FlashStore(flash, 0, 8, 2, 16);
            remounted.Mount();
            CertificateDatabase again = New(new FlashCertificateStorage(remounted), 8, 16384);
            Assert.AreEqual(2, again.Load());
            Assert.AreEqual(1, again.LoadFailures);
            Assert.IsTrue(again.FindCertificate("root").Trusted);
            Assert.IsTrue(remounted.Exists("user.txt"));
        }

        [TestMethod]
        public void ADeletedEntryInUseStaysUntilReleasedButLeavesEveryView()
        {
            CertificateDatabase database = New(new RamCertificateStorage(), 8, 16384);
            database.AddCertificate("gui", Make("cn=Gui", 1), true);
            CertificateEntry entry = database.FindCertificate("gui");
            TrustSnapshot before = database.Snapshot;
            database.AddReference(entry);

            Assert.AreEqual(DatabaseResult.DeletePending, database.DeleteCertificate("gui"));
            Assert.IsNull(database.FindCertificate("gui"));
            Assert.AreEqual(1, database.TotalEntries);
            Assert.AreEqual(0, database.ActiveEntries);
            Assert.AreEqual(0, database.Snapshot.CertificateCount);
            Assert.AreEqual(1, before.CertificateCount, "a snapshot taken earlier does not change");

            database.ReleaseReference(entry);
            Assert.AreEqual(0, database.TotalEntries);
            Assert.AreEqual(0, database.UsedBytes);
        }

        [TestMethod]
        public void TheStatusOfAnEntryFollowsTheClockAndTheDatabase()
        {
            CertificateDatabase database = New(new RamCertificateStorage(), 8, 16384);
            TestPki root = TestPki.Ca("cn=Root", 1);
            TestPki leaf = TestPki.EndEntity("cn=Leaf", 2).IssuedBy(root);
            database.AddCertificate("leaf", leaf.Build(), false);
            TestPki.Verifier verifier = new TestPki.Verifier();
            EntryStatus status = new EntryStatus(database, verifier);
            CertificateEntry entry = database.FindCertificate("leaf");

            Assert.AreEqual(ValidationFailure.UnknownIssuer, status.Of(entry, TestPki.Year2030));
            database.AddCertificate("root", root.Build(), true);
            Assert.AreEqual(ValidationFailure.None, status.Of(entry, TestPki.Year2030));
            int verifications = verifier.Verifications;
            Assert.AreEqual(ValidationFailure.None, status.Of(entry, TestPki.Year2030 + 60));
            Assert.AreEqual(verifications, verifier.Verifications, "cached until a date is crossed");
            Assert.AreEqual(ValidationFailure.Expired, status.Of(entry, leaf.NotAfter + 1));
        }

        [TestMethod]
        public void FindsACertificateByItsPublicKey()
        {
            CertificateDatabase database = New(new RamCertificateStorage(), 8, 16384);
            database.AddCertificate("one", Make("cn=One", 1), false);
            database.AddCertificate("two", Make("cn=Two", 2), false);
            Assert.AreEqual("two", database.FindByPublicKey(Make("cn=Other", 2).PublicKey).Name);
            Assert.IsNull(database.FindByPublicKey(Make("cn=Other", 3).PublicKey));
        }

        private static CertificateDatabase New(ICertificateStorage storage, int entries, int bytes)
        {
            return new CertificateDatabase(new DatabaseLimits(entries, bytes), storage);
        }

        private static Certificate Make(string subject, int key)
        {
            return TestPki.Ca(subject, key).Build();
        }
    }
}
