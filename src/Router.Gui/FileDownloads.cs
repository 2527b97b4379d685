using Router.Config.Files;
using Router.Config.Scripts;
using Router.Core.Storage;
using Router.Http;

namespace Router.Gui
{
    /// <summary>
    /// Downloads of flash files, by rule rather than by a list of names: only the administrator's own files
    /// (Router.Config's <see cref="FileNames.IsUserFile"/>: scripts, text and the PKI commands' certificate
    /// files, never the ENCO key store's "enco." files, users.db, system.dat or the PKI records) may leave the
    /// router. Scripts and text go out as show file shows them, with every passwordhash= value hidden; the
    /// certificate files (public data) go out as stored.
    /// </summary>
    public sealed class FileDownloads
    {
        private const int ChunkSize = 512;

        private static readonly string[] TextExtensions = { ".cfg", ".scp", ".txt" };
        private static readonly string[] BinaryExtensions = { ".cer", ".crl", ".csr", ".pem" };
        private static readonly string[] BinaryTypes = { "application/pkix-cert", "application/pkix-crl", "application/pkcs10", "application/x-pem-file" };

        private readonly FlashStore _store;
        private readonly ScriptDisplay _display = new ScriptDisplay();
        private readonly byte[] _chunk = new byte[ChunkSize];

        public FileDownloads(FlashStore store)
        {
            _store = store;
        }

        /// <summary>Whether a stored file name may be downloaded at all.</summary>
        public static bool MayDownload(string name)
        {
            return FileNames.IsUserFile(name) && ContentType(name) != null;
        }

        /// <summary>The content type a downloadable file is sent with, or null.</summary>
        public static string ContentType(string name)
        {
            for (int i = 0; i < TextExtensions.Length; i++)
            {
                if (name.EndsWith(TextExtensions[i]))
                {
                    return "text/plain; charset=utf-8";
                }
            }

            for (int i = 0; i < BinaryExtensions.Length; i++)
            {
                if (name.EndsWith(BinaryExtensions[i]))
                {
                    return BinaryTypes[i];
                }
            }

            return null;
        }

        /// <summary>Writes the file into the response; the caller checked <see cref="MayDownload"/> and that it exists.</summary>
        public void Send(string name, HttpResponse response)
        {
            string type = ContentType(name);
            response.ContentType = type;
            response.AddHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
            bool text = type.StartsWith("text/");
            ResponseOutput output = text ? new ResponseOutput(response) : null;
            _display.Reset();
            int length = _store.GetLength(name);
            for (int position = 0; position < length;)
            {
                int count = _store.Read(name, position, _chunk, 0, ChunkSize);
                if (count <= 0)
                {
                    break;
                }

                if (text)
                {
                    _display.Append(_chunk, 0, count, output);
                }
                else
                {
                    response.Write(_chunk, 0, count);
                }

                position += count;
            }

            if (text)
            {
                _display.Finish(output);
            }
        }
    }
}
