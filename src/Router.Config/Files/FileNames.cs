namespace Router.Config.Files
{
    /// <summary>
    /// The file names the console accepts. Flash store names are case-sensitive; the console's
    /// are not, as on the manuals' routers, so every name typed is brought to lower case first.
    /// Only the administrator's own files (configuration scripts and text) may be shown or
    /// deleted: the router's databases and key store are not the console's to read or remove.
    /// </summary>
    public static class FileNames
    {
        /// <summary>The flash store's limit.</summary>
        public const int MaxLength = 31;

        public const string ConfigExtension = ".cfg";

        // Extensions of files that belong to the administrator: scripts and text, and what the PKI
        // commands write and read (certificates, requests, PEM, CRLs).
        private static readonly string[] UserExtensions = { ".cfg", ".scp", ".txt", ".cer", ".csr", ".pem", ".crl" };

        // Names other stores keep for themselves: the ENCO key store's files are "enco.key.N",
        // and it wipes every file that starts so when system security is disabled.
        private const string ReservedPrefix = "enco.";

        /// <summary>The name in lower case, or null when it is not a valid file name (1-31 of a-z 0-9 _ - .).</summary>
        public static string Normalize(string name)
        {
            if (name == null || name.Length < 1 || name.Length > MaxLength)
            {
                return null;
            }

            string lower = name.ToLower();
            for (int i = 0; i < lower.Length; i++)
            {
                char c = lower[i];
                bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.';
                if (!ok)
                {
                    return null;
                }
            }

            return lower;
        }

        /// <summary>A normalized name of the form NAME.cfg, outside the names the router keeps for itself.</summary>
        public static bool IsConfigName(string name)
        {
            return IsUserFile(name) && name.EndsWith(ConfigExtension);
        }

        /// <summary>A normalized name with one of the administrator's extensions.</summary>
        public static bool IsUserFile(string name)
        {
            if (name == null || Normalize(name) != name || name.StartsWith(ReservedPrefix))
            {
                return false;
            }

            for (int i = 0; i < UserExtensions.Length; i++)
            {
                if (name.Length > UserExtensions[i].Length && name.EndsWith(UserExtensions[i]))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
