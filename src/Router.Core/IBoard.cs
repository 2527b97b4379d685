namespace Router.Core
{
    /// <summary>
    /// The hardware the firmware runs on. The ESP32 board implements it over the UART, the SPI
    /// flash and the RTC; the host board (the virtual device) over standard input/output or a
    /// pseudo-terminal, a file and the system clock. Restarting is not a board call: the
    /// firmware's run loop returns and the board's own loop reboots (ESP32) or runs the
    /// firmware again (host), so the firmware never depends on a call that does not return.
    /// </summary>
    public interface IBoard
    {
        /// <summary>The board's name as the administrator sees it in the banner and in show system.</summary>
        string Name { get; }

        IConsolePort Console { get; }

        IFlash Flash { get; }

        IClock Clock { get; }

        /// <summary>The board's TCP/IP stack, or null on a board without one.</summary>
        Router.Core.Network.INetwork Network { get; }

        /// <summary>
        /// True once the board wants the firmware to stop (host: SIGINT or SIGTERM). The firmware
        /// polls it between console reads and returns from its run loop.
        /// </summary>
        bool StopRequested { get; }

        /// <summary>
        /// The managed heap in bytes as far as the board can tell; -1 for a figure it cannot
        /// give. On the ESP32 this may run the garbage collector, so call it on request only.
        /// </summary>
        void ReadManagedMemory(out long usedBytes, out long freeBytes);
    }
}
