using Router.Cli;
using Router.Pki.Database;

namespace Router.Pki.Commands
{
    /// <summary>Reads a location= file for a command, answering the numbered errors itself.</summary>
    internal static class PkiFileReader
    {
        /// <summary>The file's bytes, or null after writing the error.</summary>
        public static byte[] Read(PkiContext context, string location, ICommandOutput output)
        {
            string file = PkiFileNames.Normalize(location);
            if (file == null)
            {
                PkiMessages.Error(output, PkiMessages.InvalidFileName, "\"" + location + "\" is not a valid file name.");
                return null;
            }

            try
            {
                byte[] data = context.Files.Read(file, CertificateFile.MaxLength);
                if (data == null)
                {
                    PkiMessages.Error(output, PkiMessages.NoSuchFile, "File \"" + file + "\" does not exist.");
                }

                return data;
            }
            catch (CertificateStorageException e)
            {
                PkiMessages.Error(output, PkiMessages.FlashStorage, "Flash storage: " + e.Message + ".");
                return null;
            }
        }
    }
}
