using System;
using Router.Core;

namespace Router.Gui.Tests.Fakes
{
    /// <summary>A clock that moves only when the test says so.</summary>
    public sealed class FakeClock : IClock
    {
        public long Uptime;

        public DateTime Now = new DateTime(2025, 11, 23, 14, 3, 22);

        public long UptimeMilliseconds
        {
            get { return Uptime; }
        }

        public DateTime UtcNow
        {
            get { return Now; }
        }
    }
}
