using Router.Cli;

namespace Router.Config.Session
{
    /// <summary>The second half of a command that asks "are you sure?" first (disable system security).</summary>
    public interface IConfirmedAction
    {
        /// <summary>Runs once the administrator answered yes; returns a <see cref="CommandResult"/> code.</summary>
        int Confirmed(ICommandOutput output);
    }
}
