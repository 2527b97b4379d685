using System;
using System.Diagnostics;
using Router.Core;

namespace Router.HostBoard
{
    /// <summary>The machine's clocks: uptime from a stopwatch started at (re)boot, wall time from the system.</summary>
    public sealed class HostClock : IClock
    {
        private readonly Stopwatch _sinceBoot = Stopwatch.StartNew();

        public long UptimeMilliseconds
        {
            get { return _sinceBoot.ElapsedMilliseconds; }
        }

        public DateTime UtcNow
        {
            get { return DateTime.UtcNow; }
        }

        /// <summary>A restart of the firmware counts as a reboot: uptime starts again from zero.</summary>
        public void Reboot()
        {
            _sinceBoot.Restart();
        }
    }
}
