namespace Router.Device
{
    /// <summary>What the router calls itself in the banner and in show system.</summary>
    public static class FirmwareIdentity
    {
        public const string ProductName = "Security Router";

        /// <summary>Kept equal to the AssemblyVersion of the firmware libraries (major.minor.patch).</summary>
        public const string Version = "0.1.0";
    }
}
