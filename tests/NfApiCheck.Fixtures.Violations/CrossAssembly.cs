using NfApiCheck.Fixtures.Clean;

namespace NfApiCheck.Fixtures.Violations
{
    /// <summary>
    /// Uses a type of the clean fixture, as Router.Device uses Router.Core: reported when this
    /// assembly is checked alone, fine when both are checked together.
    /// </summary>
    public static class CrossAssembly
    {
        public static int UsesAnotherCheckedAssembly()
        {
            return Ledger.Clamp(42);
        }
    }
}
