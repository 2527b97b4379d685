using System.Text;
using Router.Cli;
using Router.Core;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>
    /// Collects a PEM certificate (and its chain) pasted on the console, line by line, then adds
    /// it as <see cref="AddCertificateCommand"/> does. Bounded: at most
    /// <see cref="CertificateFile.MaxLength"/> characters; a line "." or an empty line before any
    /// BEGIN line cancels; the paste ends after the last END line when a blank line or "." follows,
    /// or at once when the BEGIN/END lines balance and the chain limit is reached.
    /// </summary>
    public sealed class PemPaste
    {
        private readonly CertificateImporter _importer;
        private readonly string _name;
        private readonly bool _trusted;
        private readonly int _type;
        private readonly StringBuilder _text = new StringBuilder();
        private int _open;
        private int _blocks;

        public PemPaste(CertificateImporter importer, string name, bool trusted, int type)
        {
            _importer = importer;
            _name = name;
            _trusted = trusted;
            _type = type;
        }

        /// <summary>Takes one pasted line; returns true when the paste is over (added, refused or cancelled).</summary>
        public bool AcceptLine(string line, ICommandOutput output)
        {
            string trimmed = line.Trim();
            bool finished = trimmed.Length == 0 || trimmed == ".";
            if (finished && _open == 0)
            {
                if (_blocks == 0)
                {
                    output.WriteLine("Paste cancelled.");
                    return true;
                }

                return Complete(output);
            }

            if (_text.Length + line.Length + 1 > CertificateFile.MaxLength)
            {
                PkiMessages.Error(output, PkiMessages.InvalidContent, "The pasted text is too long (" + CertificateFile.MaxLength.ToString() + " characters).");
                return true;
            }

            _text.Append(trimmed).Append('\n');
            if (trimmed.StartsWith("-----BEGIN "))
            {
                _open++;
            }
            else if (trimmed.StartsWith("-----END "))
            {
                _open--;
                _blocks++;
                if (_open == 0 && _blocks == CertificateFile.MaxCertificates)
                {
                    return Complete(output);
                }
            }

            return false;
        }

        private bool Complete(ICommandOutput output)
        {
            byte[] data = Encoding.UTF8.GetBytes(_text.ToString());
            Certificate[] certificates;
            try
            {
                certificates = CertificateFile.ReadCertificates(data);
            }
            catch (MalformedInputException e)
            {
                PkiMessages.Error(output, PkiMessages.InvalidContent, "The pasted text is not a valid certificate: " + e.Message + ".");
                return true;
            }

            if (_importer.Import(_name, certificates, _trusted, _type, output) == CommandResult.Success)
            {
                output.WriteLine(CliMessages.OperationSuccessfulLine);
            }

            return true;
        }
    }
}
