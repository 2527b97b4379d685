namespace Router.Device
{
    /// <summary>
    /// The limits and start-up choices the composition root is built with. Everything that
    /// sizes a table or a buffer is here, fixed for the life of one run.
    /// </summary>
    public sealed class DeviceSettings
    {
        /// <summary>Shown in show system until the configuration can change it.</summary>
        public string SystemName = "router";

        /// <summary>
        /// A manager password handed over by the board (the virtual device's --manager-password)
        /// so that scripts and tests start unattended. Null: the console asks for one at first boot.
        /// </summary>
        public string ManagerPassword;

        /// <summary>Longest console line accepted; longer lines are refused with an error.</summary>
        public int MaxLineLength = 512;

        public int EventLogCapacity = 64;

        /// <summary>How long one console read waits before the run loop checks for a stop request.</summary>
        public int ConsolePollMilliseconds = 100;
    }
}
