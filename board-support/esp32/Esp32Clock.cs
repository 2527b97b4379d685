using System;
using Router.Core;

namespace Router.Esp32
{
    /// <summary>Uptime from the CPU tick counter; wall time from the RTC, which SNTP or `set time` sets.</summary>
    public sealed class Esp32Clock : IClock
    {
        private readonly long _bootTicks = Environment.TickCount64;

        public long UptimeMilliseconds
        {
            get { return Environment.TickCount64 - _bootTicks; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }
    }
}
