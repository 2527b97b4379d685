using System;
using System.Threading;

namespace nanoFramework.TestFramework
{
    /// <summary>Test output; the bridge routes it to the xunit output of the running case.</summary>
    public static class OutputHelper
    {
        private static readonly AsyncLocal<Action<string>> Sink = new AsyncLocal<Action<string>>();

        internal static void Redirect(Action<string> sink)
        {
            Sink.Value = sink;
        }

        public static void Write(string message)
        {
            Emit(message);
        }

        public static void WriteLine(string message)
        {
            Emit(message);
        }

        private static void Emit(string message)
        {
            Action<string> sink = Sink.Value;
            if (sink != null)
            {
                sink(message);
            }
            else
            {
                Console.WriteLine(message);
            }
        }
    }
}
