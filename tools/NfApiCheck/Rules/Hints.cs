namespace NfApiCheck.Rules
{
    /// <summary>
    /// What to write instead, for the references the .NET SDK produces from ordinary-looking C#.
    /// Keys match the doc ID after its "X:" prefix, by prefix, first match wins.
    /// </summary>
    internal static class Hints
    {
        private static readonly string[,] Table =
        {
            { "System.Threading.Monitor.Enter(System.Object,System.Boolean@)", "`lock` statement: call Monitor.Enter(obj) before try and Monitor.Exit(obj) in finally" },
            { "System.Runtime.CompilerServices.DefaultInterpolatedStringHandler", "$\"...\": use string.Concat or string.Format(format, new object[] { ... })" },
            { "System.String.Format(System.String,System.Object", "pass an array: string.Format(format, new object[] { ... })" },
            { "System.String.Split(System.Char,", "use s.Split(new char[] { ',' })" },
            { "System.String.Concat(System.ReadOnlySpan", "string + char: write string + c.ToString() or use a one-character string" },
            { "System.String.op_Implicit(System.String)~System.ReadOnlySpan", "string + char: write string + c.ToString() or use a one-character string" },
            { "System.Text.Encoding.GetString(System.Byte[])", "use GetString(bytes, 0, bytes.Length)" },
            { "System.Array.Clear(System.Array)", "use Array.Clear(array, 0, array.Length)" },
            { "System.Object.Finalize", "destructor: nanoFramework has no finalizers; release resources through IDisposable" },
            { "System.Threading.Interlocked.CompareExchange``1", "field-like event: write add/remove accessors with Delegate.Combine/Delegate.Remove" },
            { "System.Span`1", "use byte[] with offset and count" },
            { "System.ReadOnlySpan`1", "use byte[] with offset and count" },
            { "System.Nullable`1", "use a sentinel value or a separate flag" },
            { "System.ValueTuple", "return a small class or use out parameters" },
            { "System.Linq.", "write the loop" },
            { "System.Collections.Generic.", "use an array, ArrayList, Hashtable or a small typed class" },
            { "System.Threading.Tasks.", "no async on nanoFramework: engines are sans-I/O and return their next deadline" },
            { "System.Runtime.CompilerServices.AsyncTaskMethodBuilder", "no async on nanoFramework: engines are sans-I/O and return their next deadline" },
            { "System.Runtime.CompilerServices.AsyncVoidMethodBuilder", "no async on nanoFramework: engines are sans-I/O and return their next deadline" },
            { "System.Runtime.CompilerServices.IsVolatile", "`volatile` field: nanoFramework has no IsVolatile modifier; guard the field with Monitor or use Interlocked" },
            { "System.Action`", "declare a non-generic delegate type" },
            { "System.Func`", "declare a non-generic delegate type" },
            { "System.EventHandler`1", "declare a non-generic delegate type" },
        };

        public static string For(string id)
        {
            string name = id.Length > 2 && id[1] == ':' ? id.Substring(2) : id;
            for (int i = 0; i < Table.GetLength(0); i++)
            {
                if (name.StartsWith(Table[i, 0], System.StringComparison.Ordinal))
                {
                    return Table[i, 1];
                }
            }

            return null;
        }
    }
}
