using System;

namespace Router.Gui
{
    /// <summary>What the dashboard shows about the router itself (the device wires it to the board and the settings).</summary>
    public interface IGuiSystemInfo
    {
        /// <summary>set system name=…, or the product name.</summary>
        string SystemName { get; }

        long UptimeMilliseconds { get; }

        /// <summary>The device's time (set time applied).</summary>
        DateTime LocalTime { get; }

        /// <summary>The managed heap in bytes; -1 for a figure the board cannot give.</summary>
        void ReadManagedMemory(out long usedBytes, out long freeBytes);
    }
}
