using Router.Cli;
using Router.Pki.Database;
using Router.Pki.Der;

namespace Router.Pki.Commands
{
    /// <summary>Writes a created certificate or request to its file, in DER or PEM, refusing to overwrite.</summary>
    internal static class OutputFile
    {
        /// <summary>The normalized NAME + extension, or null after writing the error.</summary>
        public static string NameFor(PkiContext context, string name, string extension, ICommandOutput output)
        {
            string file = PkiFileNames.WithExtension(name, extension);
            if (file == null)
            {
                PkiMessages.Error(output, PkiMessages.InvalidFileName, "\"" + name + "\" cannot name a file (1-"
                    + (PkiFileNames.MaxLength - extension.Length).ToString() + " characters of a-z 0-9 _ - .).");
                return null;
            }

            try
            {
                if (context.Files.Exists(file))
                {
                    PkiMessages.Error(output, PkiMessages.FileExists, "File \"" + file + "\" already exists: delete it or choose another name.");
                    return null;
                }
            }
            catch (CertificateStorageException e)
            {
                PkiMessages.Error(output, PkiMessages.FlashStorage, "Flash storage: " + e.Message + ".");
                return null;
            }

            return file;
        }

        /// <summary>Writes the DER (or its PEM armor); returns a CommandResult code.</summary>
        public static int Write(PkiContext context, string file, byte[] der, bool pem, string label, string what, ICommandOutput output)
        {
            byte[] data = pem ? Pem.Encode(label, der, 0, der.Length) : der;
            try
            {
                context.Files.Write(file, data, 0, data.Length);
            }
            catch (CertificateStorageException e)
            {
                return PkiMessages.Error(output, PkiMessages.FlashStorage, "Flash storage: " + e.Message + ".");
            }

            PkiMessages.WriteInfo(output, PkiMessages.FileWritten, what + " written to file \"" + file + "\".");
            return CommandResult.Success;
        }
    }
}
