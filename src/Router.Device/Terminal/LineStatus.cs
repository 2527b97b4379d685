namespace Router.Device.Terminal
{
    /// <summary>What one byte fed to the <see cref="LineEditor"/> did to the line.</summary>
    public enum LineStatus
    {
        /// <summary>The line is still being typed.</summary>
        Pending = 0,

        /// <summary>Enter was pressed: the line is ready to take.</summary>
        Completed = 1,

        /// <summary>Ctrl-C: the line was thrown away.</summary>
        Cancelled = 2,

        /// <summary>Enter ended a line longer than the limit; it was thrown away.</summary>
        TooLong = 3,
    }
}
