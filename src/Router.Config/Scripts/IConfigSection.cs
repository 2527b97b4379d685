namespace Router.Config.Scripts
{
    /// <summary>
    /// A part of the running configuration that create config saves: it writes the commands that
    /// set it up again. Never key material: keys persist in their own store, and only in security mode.
    /// </summary>
    public interface IConfigSection
    {
        void WriteConfig(ScriptBuilder script);
    }
}
