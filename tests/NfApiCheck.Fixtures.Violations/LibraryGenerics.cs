using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;

namespace NfApiCheck.Fixtures.Violations
{
    /// <summary>Library types and members that exist only with generics, which nanoFramework 1.x lacks.</summary>
    public static class LibraryGenerics
    {
        public static int ListOfInt()
        {
            var list = new List<int>();
            list.Add(1);
            return list.Count;
        }

        public static object DictionaryOfStringToInt()
        {
            var table = new Dictionary<string, int>();
            table["one"] = 1;
            return table;
        }

        public static int[] LinqToArray(int[] values)
        {
            return values.ToArray();
        }

        public static async Task<int> AsyncTask()
        {
            await Task.Yield();
            return 1;
        }

        public static int SpanOfByte(byte[] buffer)
        {
            Span<byte> span = buffer;
            return span.Length;
        }

        public static (int Code, string Text) ValueTuplePair()
        {
            return (1, "one");
        }

        public static int? NullableInt(bool present)
        {
            return present ? 1 : null;
        }

        public static object GenericDelegate()
        {
            Action<int> action = Ignore;
            return action;
        }

        private static void Ignore(int value)
        {
        }
    }
}
