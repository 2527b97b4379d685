using System;
using Router.Config.Settings;
using Router.Core;
using Router.Gui;

namespace Router.Gui.Tests.Fakes
{
    /// <summary>The dashboard's system figures from the test's clock and settings.</summary>
    public sealed class FakeSystemInfo : IGuiSystemInfo
    {
        private readonly SystemSettings _settings;
        private readonly IClock _clock;

        public long UsedBytes = 123456;
        public long FreeBytes = 654321;

        public FakeSystemInfo(SystemSettings settings, IClock clock)
        {
            _settings = settings;
            _clock = clock;
        }

        public string SystemName
        {
            get { return _settings.Name; }
        }

        public long UptimeMilliseconds
        {
            get { return _clock.UptimeMilliseconds; }
        }

        public DateTime LocalTime
        {
            get { return _clock.UtcNow; }
        }

        public void ReadManagedMemory(out long usedBytes, out long freeBytes)
        {
            usedBytes = UsedBytes;
            freeBytes = FreeBytes;
        }
    }
}
