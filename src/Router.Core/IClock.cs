using System;

namespace Router.Core
{
    /// <summary>The board's clocks: a monotonic millisecond counter for timers and the wall clock for logs and certificates.</summary>
    public interface IClock
    {
        /// <summary>Milliseconds since boot; never goes backwards.</summary>
        long UptimeMilliseconds { get; }

        /// <summary>The device's idea of UTC, which an administrator may set.</summary>
        DateTime UtcNow { get; }
    }
}
