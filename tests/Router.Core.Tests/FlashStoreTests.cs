using System;
using nanoFramework.TestFramework;
using Router.Core.Storage;

namespace Router.Core.Tests
{
    /// <summary>
    /// The flash store's normal paths. Power cuts and corrupt images are tested on the host in
    /// tests/Router.Storage.HostTests.
    /// </summary>
    [TestClass]
    public class FlashStoreTests
    {
        private const int BlockSize = 512;
        private const int Blocks = 8;

        // Each test starts from a fresh store (nanoFramework's [Setup] runs once per class, not per test).
        private NorFlashInRam _flash;
        private FlashStore _store;

        private void FreshStore()
        {
            _flash = new NorFlashInRam(BlockSize * Blocks, BlockSize);
            _store = Open();
            _store.Format();
        }

        [TestMethod]
        public void WritesAndReadsBack()
        {
            FreshStore();
            byte[] data = Pattern(300, 1);
            _store.Write("boot.cfg", data, 0, data.Length);

            Assert.AreEqual(300, _store.GetLength("boot.cfg"));
            Assert.Equal(data, ReadAll(_store, "boot.cfg"));
        }

        [TestMethod]
        public void WritesASegmentOfTheCallersBuffer()
        {
            FreshStore();
            byte[] data = Pattern(50, 2);
            _store.Write("part", data, 10, 20);

            byte[] expected = new byte[20];
            Array.Copy(data, 10, expected, 0, 20);
            Assert.Equal(expected, ReadAll(_store, "part"));
        }

        [TestMethod]
        public void ReadsFromAPositionInPieces()
        {
            FreshStore();
            byte[] data = Pattern(100, 3);
            _store.Write("f", data, 0, data.Length);

            byte[] piece = new byte[40];
            Assert.AreEqual(40, _store.Read("f", 0, piece, 0, 40));
            Assert.AreEqual(40, _store.Read("f", 40, piece, 0, 40));
            Assert.AreEqual(data[40], piece[0]);
            Assert.AreEqual(20, _store.Read("f", 80, piece, 0, 40), "the last piece is short");
            Assert.AreEqual(data[99], piece[19]);
            Assert.AreEqual(0, _store.Read("f", 100, piece, 0, 40), "nothing past the end");
        }

        [TestMethod]
        public void KeepsAnEmptyFile()
        {
            FreshStore();
            _store.Write("empty", new byte[0], 0, 0);
            Assert.IsTrue(_store.Exists("empty"));
            Assert.AreEqual(0, _store.GetLength("empty"));
        }

        [TestMethod]
        public void OverwriteReplacesTheContentAndWipesTheOldOne()
        {
            FreshStore();
            byte[] first = Pattern(200, 4);
            byte[] second = Pattern(120, 5);
            _store.Write("users", first, 0, first.Length);
            _store.Write("users", second, 0, second.Length);

            Assert.Equal(second, ReadAll(_store, "users"));
            Assert.AreEqual(1, _store.FileCount);
            Assert.IsFalse(_flash.Contains(Slice(first, 50, 16)), "the old version is still in the flash");
        }

        [TestMethod]
        public void DeleteRemovesTheFileAndItsBytes()
        {
            FreshStore();
            byte[] data = Pattern(180, 6);
            _store.Write("enco.key.1", data, 0, data.Length);

            Assert.IsTrue(_store.Delete("enco.key.1"));
            Assert.IsFalse(_store.Exists("enco.key.1"));
            Assert.AreEqual(-1, _store.GetLength("enco.key.1"));
            Assert.IsFalse(_store.Delete("enco.key.1"), "a second delete finds nothing");
            Assert.IsFalse(_flash.Contains(Slice(data, 0, 16)), "the deleted bytes are still in the flash");
            Assert.IsFalse(_flash.Contains(Slice(data, 160, 16)), "the deleted bytes are still in the flash");
        }

        [TestMethod]
        public void ListsFilesInCreationOrderWithSizes()
        {
            FreshStore();
            _store.Write("a.cfg", new byte[10], 0, 10);
            _store.Write("b.cfg", new byte[20], 0, 20);
            _store.Write("c.cfg", new byte[30], 0, 30);
            _store.Delete("b.cfg");

            Assert.AreEqual(2, _store.FileCount);
            Assert.AreEqual("a.cfg", _store.GetFileName(0));
            Assert.AreEqual(10, _store.GetFileLength(0));
            Assert.AreEqual("c.cfg", _store.GetFileName(1));
            Assert.AreEqual(30, _store.GetFileLength(1));
            Assert.IsNull(_store.GetFileName(2));
            Assert.AreEqual(-1, _store.GetFileLength(2));
        }

        [TestMethod]
        public void ARemountFindsTheSameFiles()
        {
            FreshStore();
            byte[] a = Pattern(77, 7);
            byte[] b = Pattern(222, 8);
            _store.Write("a", a, 0, a.Length);
            _store.Write("b", b, 0, b.Length);
            _store.Write("a", b, 0, 5);
            _store.Delete("b");
            _store.Write("c", a, 0, a.Length);

            FlashStore again = Open();
            again.Mount();
            Assert.AreEqual(2, again.FileCount);
            Assert.Equal(Slice(b, 0, 5), ReadAll(again, "a"));
            Assert.Equal(a, ReadAll(again, "c"));
            Assert.IsFalse(again.Exists("b"));
            Assert.AreEqual(0, again.RepairedRecords, "a clean image needs no repair");
        }

        [TestMethod]
        public void CompactionKeepsEveryFileThroughManyWrites()
        {
            FreshStore();
            byte[] keep = Pattern(150, 9);
            _store.Write("keep", keep, 0, keep.Length);
            int erasesBefore = _flash.Erases;
            byte[] last = null;
            for (int i = 0; i < 120; i++)
            {
                last = Pattern(100 + (i % 50), i);
                _store.Write("hot", last, 0, last.Length);
            }

            Assert.IsTrue(_flash.Erases > erasesBefore, "120 writes into 3.5 KB must have compacted");
            Assert.Equal(keep, ReadAll(_store, "keep"));
            Assert.Equal(last, ReadAll(_store, "hot"));

            FlashStore again = Open();
            again.Mount();
            Assert.Equal(keep, ReadAll(again, "keep"));
            Assert.Equal(last, ReadAll(again, "hot"));
        }

        [TestMethod]
        public void AFullStoreSaysSoAndKeepsItsFiles()
        {
            FreshStore();
            byte[] big = Pattern(_store.MaxFileLength, 10);
            int written = 0;
            int error = 0;
            while (error == 0 && written < 20)
            {
                error = ErrorOf(delegate { _store.Write("big" + written.ToString(), big, 0, big.Length); });
                if (error == 0)
                {
                    written++;
                }
            }

            Assert.AreEqual(StorageError.DiskFull, error);
            Assert.AreEqual(Blocks - 1, written, "one file per segment, less the compaction reserve");
            Assert.Equal(big, ReadAll(_store, "big0"));
            Assert.IsFalse(_store.Exists("big" + written.ToString()));

            // Deleting needs no room, and makes room.
            Assert.IsTrue(_store.Delete("big0"));
            _store.Write("again", big, 0, big.Length);
            Assert.Equal(big, ReadAll(_store, "again"));
        }

        [TestMethod]
        public void RefusesMoreFilesThanItsIndexHolds()
        {
            FreshStore();
            FlashStore small = new FlashStore(_flash, 0, Blocks, 1, 3);
            small.Format();
            small.Write("1", new byte[1], 0, 1);
            small.Write("2", new byte[1], 0, 1);
            small.Write("3", new byte[1], 0, 1);

            Assert.AreEqual(StorageError.TooManyFiles, ErrorOf(delegate { small.Write("4", new byte[1], 0, 1); }));
            small.Write("3", new byte[2], 0, 2);
            Assert.AreEqual(2, small.GetLength("3"), "replacing a file needs no new slot");
        }

        [TestMethod]
        public void RefusesAFileLargerThanASegment()
        {
            FreshStore();
            // MaxFileLength is for a 31-character name; a short name leaves up to 30 bytes more.
            byte[] huge = new byte[_store.MaxFileLength + FlashStore.MaxNameLength];
            Assert.AreEqual(StorageError.FileTooLarge, ErrorOf(delegate { _store.Write("huge", huge, 0, huge.Length); }));
        }

        [TestMethod]
        [DataRow("")]
        [DataRow("has space")]
        [DataRow("a-name-that-is-thirty-two-chars!")]
        [DataRow("tab\tname")]
        public void RefusesBadNames(string name)
        {
            FreshStore();
            Assert.AreEqual(StorageError.InvalidName, ErrorOf(delegate { _store.Write(name, new byte[1], 0, 1); }));
        }

        [TestMethod]
        public void AcceptsTheLongestName()
        {
            FreshStore();
            string name = "a-name-that-is-thirty-one-chars";
            Assert.AreEqual(FlashStore.MaxNameLength, name.Length);
            _store.Write(name, new byte[3], 0, 3);
            Assert.AreEqual(3, _store.GetLength(name));
        }

        [TestMethod]
        public void ReadingAMissingFileIsFileNotFound()
        {
            FreshStore();
            Assert.AreEqual(StorageError.FileNotFound, ErrorOf(delegate { _store.Read("nope", 0, new byte[4], 0, 4); }));
        }

        [TestMethod]
        public void NothingWorksBeforeMount()
        {
            FreshStore();
            FlashStore unmounted = Open();
            Assert.AreEqual(StorageError.NotMounted, ErrorOf(delegate { unmounted.GetLength("a"); }));
            Assert.AreEqual(0, unmounted.FileCount);
        }

        [TestMethod]
        public void FormatEmptiesTheStore()
        {
            FreshStore();
            _store.Write("a", new byte[10], 0, 10);
            _store.Format();
            Assert.AreEqual(0, _store.FileCount);

            FlashStore again = Open();
            again.Mount();
            Assert.AreEqual(0, again.FileCount);
        }

        [TestMethod]
        public void ReportsItsSize()
        {
            FreshStore();
            // Segments of one 512-byte block: 492 bytes for records each, one kept free.
            Assert.AreEqual(7 * 492, _store.Capacity);
            Assert.AreEqual(0, _store.UsedBytes);
            _store.Write("x", new byte[7], 0, 7);
            Assert.AreEqual(24 + 8, _store.UsedBytes, "header, then name and data padded to 4");
            Assert.AreEqual(_store.Capacity - 32, _store.FreeBytes);
        }

        private FlashStore Open()
        {
            return new FlashStore(_flash, 0, Blocks, 1, 8);
        }

        private static int ErrorOf(Action action)
        {
            try
            {
                action();
                return 0;
            }
            catch (StorageException e)
            {
                return e.Error;
            }
        }

        private static byte[] ReadAll(FlashStore store, string name)
        {
            byte[] content = new byte[store.GetLength(name)];
            int position = 0;
            while (position < content.Length)
            {
                position += store.Read(name, position, content, position, content.Length - position);
            }

            return content;
        }

        private static byte[] Pattern(int length, int seed)
        {
            byte[] bytes = new byte[length];
            uint state = (uint)(seed * 2654435761u + 12345u);
            for (int i = 0; i < length; i++)
            {
                state = state * 1103515245u + 12345u;
                bytes[i] = (byte)(state >> 16);
            }

            return bytes;
        }

        private static byte[] Slice(byte[] source, int offset, int count)
        {
            byte[] slice = new byte[count];
            Array.Copy(source, offset, slice, 0, count);
            return slice;
        }
    }
}
