using System;
using Router.Core;

namespace Router.Config.Settings
{
    /// <summary>
    /// The board's clock with the administrator's correction: <c>set time</c> moves the wall
    /// clock by an offset kept here, since a board clock need not be settable (the virtual
    /// device's is the host's). Uptime is the board's. The correction lives in RAM: after a
    /// restart the board's own time is back, as on a router without a battery-backed clock.
    /// </summary>
    public sealed class SystemClock : IClock
    {
        private readonly IClock _board;
        private long _offsetTicks;

        public SystemClock(IClock board)
        {
            _board = board;
        }

        public long UptimeMilliseconds
        {
            get { return _board.UptimeMilliseconds; }
        }

        public DateTime UtcNow
        {
            get { return _board.UtcNow.AddTicks(_offsetTicks); }
        }

        /// <summary>Sets the wall clock to <paramref name="utc"/>.</summary>
        public void Set(DateTime utc)
        {
            _offsetTicks = utc.Ticks - _board.UtcNow.Ticks;
        }
    }
}
