namespace Router.Config.Scripts
{
    /// <summary>
    /// The running configuration as a command script: each feature registers the section that
    /// writes its commands (at most <see cref="MaxSections"/>), in the order a boot should run them.
    /// </summary>
    public sealed class RunningConfiguration
    {
        public const int MaxSections = 16;

        private readonly IConfigSection[] _sections = new IConfigSection[MaxSections];
        private int _count;

        public void Register(IConfigSection section)
        {
            if (_count == MaxSections)
            {
                throw new System.InvalidOperationException("too many configuration sections");
            }

            _sections[_count++] = section;
        }

        /// <summary>Writes the whole configuration, after a header naming what wrote it.</summary>
        public void Write(ScriptBuilder script, string header)
        {
            script.Comment(header);
            for (int i = 0; i < _count; i++)
            {
                _sections[i].WriteConfig(script);
            }
        }
    }
}
