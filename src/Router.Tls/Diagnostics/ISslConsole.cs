using Router.Cli;

namespace Router.Tls.Diagnostics
{
    /// <summary>
    /// The console as SSL's debug output and commands see it; the composition root adapts its terminal, its
    /// logged-in user and the system settings to it.
    /// </summary>
    public interface ISslConsole
    {
        /// <summary>Where debug lines go, between commands (the console's terminal).</summary>
        ICommandOutput DebugOutput { get; }

        /// <summary>True while a Security Officer is logged in at the console (the key log's only reader).</summary>
        bool SecurityOfficerLoggedIn { get; }

        /// <summary>Hours added to UTC for times shown to the administrator (set log utcoffset).</summary>
        int UtcOffsetHours { get; }
    }
}
