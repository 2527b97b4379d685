namespace Router.Pki.Commands
{
    /// <summary>
    /// File names as the console takes them (the same rule as the configuration files): case
    /// does not matter, so names are brought to lower case; 1-31 characters of a-z 0-9 _ - .
    /// (the flash store's limit). Created files are NAME.cer and NAME.csr.
    /// </summary>
    public static class PkiFileNames
    {
        public const int MaxLength = 31;
        public const string CertificateExtension = ".cer";
        public const string RequestExtension = ".csr";

        /// <summary>The name in lower case, or null when it is not a valid file name.</summary>
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

        /// <summary>NAME plus the extension, normalized; null when that is not a valid file name.</summary>
        public static string WithExtension(string name, string extension)
        {
            return Normalize(name + extension);
        }
    }
}
