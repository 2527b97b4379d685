using System;
using Router.Config;
using Router.Config.Settings;
using Router.Core;
using Router.Gui;

namespace Router.Device.Gui
{
    /// <summary>The dashboard's system figures: the configured name, the board's uptime and heap, the time as set time left it.</summary>
    public sealed class GuiSystemInfo : IGuiSystemInfo
    {
        private readonly IBoard _board;
        private readonly RouterConfiguration _configuration;

        public GuiSystemInfo(IBoard board, RouterConfiguration configuration)
        {
            _board = board;
            _configuration = configuration;
        }

        public string SystemName
        {
            get { return _configuration.Settings.Name; }
        }

        public long UptimeMilliseconds
        {
            get { return _configuration.Clock.UptimeMilliseconds; }
        }

        public DateTime LocalTime
        {
            get { return Router.Config.Settings.LocalTime.FromUtc(_configuration.Clock.UtcNow, _configuration.Settings); }
        }

        public void ReadManagedMemory(out long usedBytes, out long freeBytes)
        {
            _board.ReadManagedMemory(out usedBytes, out freeBytes);
        }
    }
}
