using System;

namespace Router.HostBoard
{
    /// <summary>
    /// Thrown by <see cref="FileFlash"/> when the simulated power cut happens, and by every
    /// flash call after it: a board without power does nothing more. Deliberately not a
    /// <see cref="Router.Core.FlashException"/>, which firmware may handle.
    /// </summary>
    public sealed class PowerCutException : Exception
    {
        public PowerCutException(string message) : base(message)
        {
        }
    }
}
