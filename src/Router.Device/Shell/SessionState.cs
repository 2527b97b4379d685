namespace Router.Device.Shell
{
    /// <summary>Which line the console is waiting for.</summary>
    public enum SessionState
    {
        NewPassword = 0,
        ConfirmPassword = 1,
        LoginName = 2,
        LoginPassword = 3,
        Command = 4,
    }
}
