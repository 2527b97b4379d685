namespace Router.Config.Session
{
    /// <summary>What a command asked the console to do once it has returned.</summary>
    public enum SessionRequest
    {
        None = 0,

        /// <summary>logoff: back to the login prompt.</summary>
        Logoff = 1,

        /// <summary>login NAME: prompt for NAME's password (<see cref="ConsoleContext.RequestedLogin"/>).</summary>
        Login = 2,

        /// <summary>restart router: the device's run loop returns and the board restarts it.</summary>
        Restart = 3,

        /// <summary>A question to answer yes or no before the command's action runs (<see cref="ConsoleContext.Confirmation"/>).</summary>
        Confirm = 4,
    }
}
