using System;
using System.Collections;
using System.Text;
using System.Threading;

namespace NfApiCheck.Fixtures.Clean
{
    /// <summary>A non-generic delegate.</summary>
    public delegate void LedgerChanged(object sender, int total);

    /// <summary>Raised by the ledger; its Message is read through the derived type.</summary>
    public class LedgerException : Exception
    {
        public LedgerException(string message) : base(message)
        {
        }
    }

    /// <summary>Collections, locking, strings, arrays and events, all written the nanoFramework way.</summary>
    public sealed class Ledger
    {
        private static readonly byte[] Magic = { 0x16, 0x03, 0x03, 0x00, 0x10, 0x20, 0x30, 0x40 };
        private static readonly string[] Names = { "alpha", "beta", "gamma" };

        private readonly ArrayList _items = new ArrayList();
        private readonly Hashtable _byName = new Hashtable();
        private readonly object _gate = new object();
        private LedgerChanged _changed;

        /// <summary>An event with explicit accessors (a field-like event would use a generic Interlocked call).</summary>
        public event LedgerChanged Changed
        {
            add { _changed = (LedgerChanged)Delegate.Combine(_changed, value); }
            remove { _changed = (LedgerChanged)Delegate.Remove(_changed, value); }
        }

        public int Count { get; private set; }

        public object this[string name]
        {
            get { return _byName[name]; }
        }

        public void Add(string name, int value)
        {
            Monitor.Enter(_gate);
            try
            {
                _items.Add(value);
                _byName[name] = value;
                Count++;
            }
            finally
            {
                Monitor.Exit(_gate);
            }

            LedgerChanged changed = _changed;
            if (changed != null)
            {
                changed(this, Sum());
            }
        }

        public int Sum()
        {
            int total = 0;
            foreach (object item in _items)
            {
                total += (int)item;
            }

            return total;
        }

        public string Describe(string name)
        {
            return string.Concat("ledger ", name, ": ", Count.ToString());
        }

        public string Format(int code, string text)
        {
            return string.Format("{0}={1}", new object[] { code, text });
        }

        public static string Join(params object[] parts)
        {
            var builder = new StringBuilder();
            for (int i = 0; i < parts.Length; i++)
            {
                builder.Append(i == 0 ? "" : ",").Append(parts[i]);
            }

            builder.Append('.');
            return builder.ToString();
        }

        public static byte[] CopyMagic()
        {
            var copy = new byte[Magic.Length];
            Array.Copy(Magic, 0, copy, 0, Magic.Length);
            return copy;
        }

        public static string FirstName()
        {
            return Names[0];
        }

        public static double Hypotenuse(double a, double b)
        {
            return Math.Sqrt((a * a) + (b * b));
        }

        public static int Clamp(int value)
        {
            return Math.Max(0, Math.Min(10, value));
        }

        public static TimeSpan Since(DateTime start)
        {
            return DateTime.UtcNow - start;
        }

        public static DateTime Later(DateTime start)
        {
            return start.Add(TimeSpan.FromSeconds(5)).AddMilliseconds(10);
        }

        public static int Classify(string command)
        {
            switch (command)
            {
                case "show": return 1;
                case "set": return 2;
                case "create": return 3;
                case "destroy": return 4;
                case "enable": return 5;
                case "disable": return 6;
                case "add": return 7;
                case "delete": return 8;
                default: return 0;
            }
        }

        /// <summary>Dense cases compile to an IL switch table; the call after it must still be found.</summary>
        public static int Weight(int code)
        {
            switch (code)
            {
                case 0: return 1;
                case 1: return 2;
                case 2: return 3;
                case 3: return 5;
                case 4: return 8;
                default: return Math.Abs(code);
            }
        }

        public static string MessageOf(int value)
        {
            try
            {
                if (value < 0)
                {
                    throw new LedgerException("negative");
                }

                throw new ArgumentOutOfRangeException("value");
            }
            catch (LedgerException e)
            {
                return e.Message;
            }
            catch (ArgumentException e)
            {
                return e.Message;
            }
        }

        public static int AreaOf(int side)
        {
            using (var square = new Square(side))
            {
                IShape shape = square;
                return shape.Area;
            }
        }

        public static bool CanWrite(Access access)
        {
            return (access & Access.Write) != 0;
        }

        public static string Utf8(byte[] bytes)
        {
            return Encoding.UTF8.GetString(bytes, 0, bytes.Length);
        }

        public static LedgerChanged Logger()
        {
            return (sender, total) => Console.WriteLine(total.ToString());
        }
    }
}
