using System;
using System.Text;

namespace NfApiCheck.Fixtures.Violations
{
    /// <summary>
    /// Ordinary-looking C# that the .NET 10 compiler binds to members nanoFramework does not have
    /// (the Caveats in nanoframework-api/README.md).
    /// </summary>
    public static class CompilerLowerings
    {
        public static string Interpolation(int value)
        {
            return $"value={value}";
        }

        public static int LockStatement(object gate, int value)
        {
            lock (gate)
            {
                return value + 1;
            }
        }

        public static string FormatWithOneArgument(int value)
        {
            return string.Format("{0}", value);
        }

        public static string[] SplitOnChar(string text)
        {
            return text.Split(',');
        }

        public static string StringPlusChar(string text, char suffix)
        {
            return text + suffix;
        }

        public static string Utf8GetStringWholeArray(byte[] bytes)
        {
            return Encoding.UTF8.GetString(bytes);
        }

        public static void ArrayClearWholeArray(byte[] bytes)
        {
            Array.Clear(bytes);
        }
    }

    /// <summary>A destructor overrides and calls Object.Finalize, which nanoFramework's Object lacks.</summary>
    public sealed class WithDestructor
    {
        ~WithDestructor()
        {
        }
    }

    /// <summary>A field-like event: its accessors use Interlocked.CompareExchange&lt;T&gt;.</summary>
    public sealed class FieldLikeEvent
    {
        public event EventHandler Changed;

        public void Raise()
        {
            Changed?.Invoke(this, EventArgs.Empty);
        }
    }

    /// <summary>A volatile field's type carries modreq(IsVolatile), which nanoFramework's mscorlib lacks.</summary>
    public sealed class VolatileField
    {
        private volatile bool _stopped;

        public void Stop()
        {
            _stopped = true;
        }

        public bool IsStopped
        {
            get { return _stopped; }
        }
    }
}
