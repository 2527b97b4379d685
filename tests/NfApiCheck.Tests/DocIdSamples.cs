using System;
using System.Collections.Generic;

#pragma warning disable CS0649 // fields are never assigned: only their signatures matter

namespace NfApiCheck.Tests.Samples
{
    /// <summary>A generic type with a nested generic type.</summary>
    public class Outer<T>
    {
        /// <summary>A field typed by the outer type parameter.</summary>
        public T Value;

        /// <summary>A nested generic type.</summary>
        public class Inner<U>
        {
            /// <summary>Type parameters of both nesting levels, the method's own, and a nested instantiation.</summary>
            public void Mix<V>(T t, U u, V v, Outer<V>.Inner<T> back)
            {
            }
        }
    }

    /// <summary>Signatures whose doc IDs are easy to get wrong.</summary>
    public unsafe class Signatures : IDisposable, IComparer<string>, IEquatable<KeyValuePair<int, string>>
    {
        /// <summary>A static field of a generic instantiation.</summary>
        public static Dictionary<string, List<int>> Table;

        /// <summary>Static constructor.</summary>
        static Signatures()
        {
        }

        /// <summary>Instance constructor.</summary>
        public Signatures(int value)
        {
        }

        /// <summary>ref, out and in parameters are all '@'.</summary>
        public void ByRef(ref int a, out string b, in long c)
        {
            b = null;
        }

        /// <summary>Jagged and multi-dimensional arrays.</summary>
        public int[][] Arrays(int[,] square, string[][,] mixed)
        {
            return null;
        }

        /// <summary>Pointers.</summary>
        public void Pointers(int* p, byte** pp)
        {
        }

        /// <summary>Method type parameters inside generic instantiations and by reference.</summary>
        public static T[] Generic<T, U>(List<T> list, Dictionary<string, List<U>> map, ref T item)
        {
            return null;
        }

        /// <summary>Conversion operators carry their return type after '~'.</summary>
        public static implicit operator int(Signatures value)
        {
            return 0;
        }

        /// <summary>Explicit conversion.</summary>
        public static explicit operator Signatures(string value)
        {
            return null;
        }

        /// <summary>An ordinary operator has no '~'.</summary>
        public static Signatures operator +(Signatures a, Signatures b)
        {
            return a;
        }

        /// <summary>An indexer: its getter is get_Item.</summary>
        public int this[int index, string key]
        {
            get { return 0; }
        }

        /// <summary>Nullable and tuples are generic instantiations.</summary>
        public int? Lifted(int? value, (int, string) pair)
        {
            return value;
        }

        /// <summary>Explicit interface implementation: dots in the name become '#'.</summary>
        void IDisposable.Dispose()
        {
        }

        /// <summary>Explicit implementation of a generic interface.</summary>
        int IComparer<string>.Compare(string x, string y)
        {
            return 0;
        }

        /// <summary>Explicit implementation of a generic interface with two type arguments.</summary>
        bool IEquatable<KeyValuePair<int, string>>.Equals(KeyValuePair<int, string> other)
        {
            return false;
        }

        /// <summary>params arrays.</summary>
        public void Params(params object[] args)
        {
        }

        /// <summary>Generic delegates.</summary>
        public void Delegates(Action<int> action, Func<int, string> func)
        {
        }

        /// <summary>A nested type.</summary>
        public class Nested
        {
            /// <summary>Constructor of a nested type taking a nested generic instantiation.</summary>
            public Nested(Outer<int>.Inner<string> inner)
            {
            }
        }
    }
}
