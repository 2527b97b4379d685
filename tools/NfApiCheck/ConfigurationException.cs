using System;

namespace NfApiCheck
{
    /// <summary>A problem with the tool's inputs (paths, data files, allowed.tsv), not with the checked code: exit code 2.</summary>
    internal sealed class ConfigurationException : Exception
    {
        public ConfigurationException(string message) : base(message)
        {
        }
    }
}
