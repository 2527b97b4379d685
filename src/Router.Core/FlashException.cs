using System;

namespace Router.Core
{
    /// <summary>A flash operation the chip cannot do: out of range, or a write that would set bits without an erase.</summary>
    public class FlashException : Exception
    {
        public FlashException(string message) : base(message)
        {
        }
    }
}
