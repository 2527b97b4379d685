using System;
using System.Collections;
using TestFrameworkShared;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// The nanoFramework.TestFramework assertions with the same overloads (one per primitive
    /// type, message last and optional), so test sources compile unchanged on both targets.
    /// </summary>
    public class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(byte expected, byte actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(char expected, char actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(double expected, double actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(short expected, short actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(int expected, int actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(long expected, long actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(float expected, float actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(string expected, string actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(ushort expected, ushort actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(uint expected, uint actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(ulong expected, ulong actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreEqual(object expected, object actual, string message = "") => CheckEqual(expected, actual, message);
        public static void AreNotEqual(bool expected, bool actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(byte expected, byte actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(char expected, char actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(DateTime expected, DateTime actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(double expected, double actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(short expected, short actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(int expected, int actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(long expected, long actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(sbyte expected, sbyte actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(float expected, float actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(string expected, string actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(ushort expected, ushort actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(uint expected, uint actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(ulong expected, ulong actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void AreNotEqual(object expected, object actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void Equal(bool expected, bool actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(byte expected, byte actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(char expected, char actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(DateTime expected, DateTime actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(double expected, double actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(short expected, short actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(int expected, int actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(long expected, long actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(sbyte expected, sbyte actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(float expected, float actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(string expected, string actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(ushort expected, ushort actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(uint expected, uint actual, string message = "") => CheckEqual(expected, actual, message);
        public static void Equal(ulong expected, ulong actual, string message = "") => CheckEqual(expected, actual, message);
        public static void NotEqual(bool expected, bool actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(byte expected, byte actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(char expected, char actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(DateTime expected, DateTime actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(double expected, double actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(short expected, short actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(int expected, int actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(long expected, long actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(sbyte expected, sbyte actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(float expected, float actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(string expected, string actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(ushort expected, ushort actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(uint expected, uint actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void NotEqual(ulong expected, ulong actual, string message = "") => CheckNotEqual(expected, actual, message);
        public static void Equal(Array expected, Array actual, string message = "")
        {
            if (!TestExtensions.SequenceEqual(expected, actual))
            {
                Fail("Arrays differ. " + message);
            }
        }

        public static void NotEqual(Array expected, Array actual, string message = "")
        {
            if (TestExtensions.SequenceEqual(expected, actual))
            {
                Fail("Arrays are equal. " + message);
            }
        }

        public static void True(bool condition, string message = "") => Check(condition, "Expected true. " + message);

        public static void IsTrue(bool condition, string message = "") => True(condition, message);

        public static void False(bool condition, string message = "") => Check(!condition, "Expected false. " + message);

        public static void IsFalse(bool condition, string message = "") => False(condition, message);

        public static void Null(object value, string message = "") => Check(value == null, "Expected null. " + message);

        public static void IsNull(object value, string message = "") => Null(value, message);

        public static void NotNull(object value, string message = "") => Check(value != null, "Expected not null. " + message);

        public static void IsNotNull(object value, string message = "") => NotNull(value, message);

        public static void Same(object expected, object actual, string message = "") =>
            Check(ReferenceEquals(expected, actual), "Expected the same instance. " + message);

        public static void AreSame(object expected, object actual, string message = "") => Same(expected, actual, message);

        public static void NotSame(object expected, object actual, string message = "") =>
            Check(!ReferenceEquals(expected, actual), "Expected different instances. " + message);

        public static void AreNotSame(object expected, object actual, string message = "") => NotSame(expected, actual, message);

        public static void Contains(string expected, string actual, string message = "") =>
            Check(actual != null && expected != null && actual.Contains(expected, StringComparison.Ordinal),
                "Expected \"" + actual + "\" to contain \"" + expected + "\". " + message);

        public static void DoesNotContains(string expected, string actual, string message = "") =>
            Check(actual == null || expected == null || !actual.Contains(expected, StringComparison.Ordinal),
                "Expected \"" + actual + "\" not to contain \"" + expected + "\". " + message);

        public static void StartsWith(string expected, string actual, string message = "") =>
            Check(actual != null && expected != null && actual.StartsWith(expected, StringComparison.Ordinal),
                "Expected \"" + actual + "\" to start with \"" + expected + "\". " + message);

        public static void EndsWith(string expected, string actual, string message = "") =>
            Check(actual != null && expected != null && actual.EndsWith(expected, StringComparison.Ordinal),
                "Expected \"" + actual + "\" to end with \"" + expected + "\". " + message);

        public static void Empty(ICollection collection, string message = "") =>
            Check(collection != null && collection.Count == 0, "Expected an empty collection. " + message);

        public static void NotEmpty(ICollection collection, string message = "") =>
            Check(collection != null && collection.Count > 0, "Expected a non-empty collection. " + message);

        public static void IsInstanceOfType(object value, Type expectedType, string message = "") =>
            Check(value != null && expectedType.IsInstanceOfType(value), "Expected an instance of " + expectedType + ". " + message);

        public static void IsNotInstanceOfType(object value, Type wrongType, string message = "") =>
            Check(value == null || !wrongType.IsInstanceOfType(value), "Expected no instance of " + wrongType + ". " + message);

        public static void IsType(Type expectedType, object value, string message = "") =>
            Check(value != null && value.GetType() == expectedType, "Expected type " + expectedType + ". " + message);

        public static void IsNotType(Type wrongType, object value, string message = "") =>
            Check(value == null || value.GetType() != wrongType, "Expected a type other than " + wrongType + ". " + message);

        public static void SkipTest(string message = "") => throw new SkipTestException(message);

        public static void ThrowsException(Type exceptionType, Action action, string message = "") => Throws(exceptionType, action, message);

        /// <summary>Passes when the action throws exactly <paramref name="exceptionType"/>, as on the device.</summary>
        public static void Throws(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                if (ex.GetType() != exceptionType)
                {
                    Fail("Expected " + exceptionType + " but got " + ex.GetType() + ": " + ex.Message + " " + message);
                }

                return;
            }

            Fail("Expected " + exceptionType + " but nothing was thrown. " + message);
        }

        private static void CheckEqual(object expected, object actual, string message) =>
            Check(Equals(expected, actual), "Expected <" + expected + "> but was <" + actual + ">. " + message);

        private static void CheckNotEqual(object expected, object actual, string message) =>
            Check(!Equals(expected, actual), "Expected a value other than <" + expected + ">. " + message);

        private static void Check(bool condition, string failure)
        {
            if (!condition)
            {
                Fail(failure);
            }
        }

        private static void Fail(string message) => throw new AssertFailedException(message.TrimEnd());
    }

    public class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            if (!Same(expected, actual))
            {
                throw new AssertFailedException(("Collections differ. " + message).TrimEnd());
            }
        }

        public static void AreNotEqual(ICollection expected, ICollection actual, string message = "")
        {
            if (Same(expected, actual))
            {
                throw new AssertFailedException(("Collections are equal. " + message).TrimEnd());
            }
        }

        public static void Empty(ICollection collection, string message = "") => Assert.Empty(collection, message);

        public static void NotEmpty(ICollection collection, string message = "") => Assert.NotEmpty(collection, message);

        private static bool Same(ICollection expected, ICollection actual)
        {
            if (expected == null || actual == null)
            {
                return expected == actual;
            }

            if (expected.Count != actual.Count)
            {
                return false;
            }

            IEnumerator a = expected.GetEnumerator();
            IEnumerator b = actual.GetEnumerator();
            while (a.MoveNext() && b.MoveNext())
            {
                if (!Equals(a.Current, b.Current))
                {
                    return false;
                }
            }

            return true;
        }
    }

    public static class TestExtensions
    {
        public static bool SequenceEqual(this Array a, Array b)
        {
            if (a == null || b == null)
            {
                return a == b;
            }

            if (a.Length != b.Length)
            {
                return false;
            }

            for (int i = 0; i < a.Length; i++)
            {
                if (!Equals(a.GetValue(i), b.GetValue(i)))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
