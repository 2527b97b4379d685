namespace Router.Device
{
    /// <summary>Why <see cref="RouterDevice.Run"/> returned; the board's loop decides what follows.</summary>
    public enum DeviceExit
    {
        /// <summary>The administrator asked for a restart: the board reboots or runs the firmware again.</summary>
        Restart = 0,

        /// <summary>The board asked the firmware to stop (host: SIGINT or SIGTERM).</summary>
        Stopped = 1,

        /// <summary>The console is gone for good (host: end of standard input).</summary>
        ConsoleClosed = 2,
    }
}
