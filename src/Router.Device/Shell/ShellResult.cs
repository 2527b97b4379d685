namespace Router.Device.Shell
{
    /// <summary>What the session does after a command.</summary>
    public enum ShellResult
    {
        Continue = 0,
        Logoff = 1,
        Restart = 2,
    }
}
