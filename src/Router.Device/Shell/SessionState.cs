namespace Router.Device.Shell
{
    /// <summary>Which line the console is waiting for.</summary>
    public enum SessionState
    {
        /// <summary>First boot: the manager password, then its confirmation.</summary>
        NewPassword = 0,
        ConfirmPassword = 1,

        /// <summary>The login prompt: a name, then its password.</summary>
        LoginName = 2,
        LoginPassword = 3,

        /// <summary>A command line.</summary>
        Command = 4,

        /// <summary>The password of "login NAME" typed at the command prompt.</summary>
        SwitchPassword = 5,

        /// <summary>The yes/no answer to a command's question.</summary>
        Confirm = 6,

        /// <summary>Lines go to a certificate being pasted, not to the command language.</summary>
        Paste = 7,
    }
}
