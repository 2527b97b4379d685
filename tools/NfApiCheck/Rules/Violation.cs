namespace NfApiCheck.Rules
{
    /// <summary>Why a reference is not acceptable on the device, and what to write instead when that is known.</summary>
    internal sealed class Violation
    {
        public Violation(string reason, string hint)
        {
            Reason = reason;
            Hint = hint;
        }

        public string Reason { get; }

        public string Hint { get; }
    }
}
