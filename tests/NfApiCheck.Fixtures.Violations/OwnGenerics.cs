namespace NfApiCheck.Fixtures.Violations
{
    /// <summary>Our own generic type: the 1.x runtime cannot load it.</summary>
    public sealed class OwnGeneric<T>
    {
        public T Value;
    }

    /// <summary>Our own generic method.</summary>
    public static class OwnGenericMethod
    {
        public static T Identity<T>(T value)
        {
            return value;
        }
    }
}
