using System;
using System.Collections.Generic;
using System.Linq;
using Router.Core.Storage;
using Xunit;

namespace Router.Storage.HostTests
{
    /// <summary>Reading a whole store into a dictionary, and comparing it with what a test expects.</summary>
    public static class StoreContents
    {
        /// <summary>Every file, read in random-sized pieces so that Read's position handling is exercised too.</summary>
        public static Dictionary<string, byte[]> ReadAll(FlashStore store, Random random)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            for (int i = 0; i < store.FileCount; i++)
            {
                string name = store.GetFileName(i);
                int length = store.GetFileLength(i);
                Assert.Equal(length, store.GetLength(name));
                byte[] content = new byte[length];
                int position = 0;
                while (position < length)
                {
                    int piece = random.Next(1, 200);
                    byte[] buffer = new byte[piece + 3];
                    int got = store.Read(name, position, buffer, 3, piece);
                    Assert.True(got > 0 && got <= piece);
                    Array.Copy(buffer, 3, content, position, got);
                    position += got;
                }

                Assert.Equal(0, store.Read(name, length, new byte[4], 0, 4));
                Assert.True(files.TryAdd(name, content), "file " + name + " listed twice");
            }

            return files;
        }

        public static Dictionary<string, byte[]> Copy(Dictionary<string, byte[]> files) =>
            new Dictionary<string, byte[]>(files, StringComparer.Ordinal);

        public static bool Same(byte[] a, byte[] b) =>
            a == null ? b == null : b != null && a.AsSpan().SequenceEqual(b);

        public static void AssertEqual(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string context)
        {
            foreach (var name in expected.Keys.Union(actual.Keys))
            {
                expected.TryGetValue(name, out byte[] want);
                actual.TryGetValue(name, out byte[] got);
                Assert.True(Same(want, got), context + ": file " + name + " is " + Describe(got) + ", expected " + Describe(want));
            }
        }

        public static string Describe(byte[] content) => content == null ? "absent" : content.Length + " bytes";
    }
}
