using System;

namespace NfApiCheck.Fixtures.Clean
{
    /// <summary>An interface with a property and a method.</summary>
    public interface IShape
    {
        int Area { get; }

        string Describe();
    }

    /// <summary>Implements an interface and IDisposable; has auto-properties, a static constructor and a nested type.</summary>
    public sealed class Square : IShape, IDisposable
    {
        private static readonly int[] Sides;

        static Square()
        {
            Sides = new int[] { 4 };
        }

        public Square(int side)
        {
            Side = side;
        }

        public int Side { get; private set; }

        public bool Disposed { get; private set; }

        public int Area { get { return Side * Side; } }

        public string Describe()
        {
            return "square " + Side.ToString() + " with " + Sides[0].ToString() + " sides";
        }

        public void Dispose()
        {
            Disposed = true;
        }

        /// <summary>A nested type.</summary>
        public sealed class Corner
        {
            public int X;
            public int Y;
        }
    }

    /// <summary>A struct and a flags enum.</summary>
    public struct Point
    {
        public int X;
        public int Y;

        public Point(int x, int y)
        {
            X = x;
            Y = y;
        }

        public override string ToString()
        {
            return X.ToString() + "," + Y.ToString();
        }
    }

    [Flags]
    public enum Access
    {
        None = 0,
        Read = 1,
        Write = 2,
    }
}
