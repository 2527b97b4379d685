using Router.Cli;
using Router.Pki.Creation;
using Router.Pki.X509;

namespace Router.Pki.Commands
{
    /// <summary>Reads SUBJECT= and SUBJECTALTNAME= for the create commands, answering errors itself.</summary>
    internal static class SubjectOptions
    {
        /// <summary>The DER Name of the text, or null after writing the error.</summary>
        public static byte[] Subject(string text, ICommandOutput output)
        {
            string error;
            byte[] subject = SubjectText.Encode(text, out error);
            if (subject == null)
            {
                PkiMessages.Error(output, PkiMessages.InvalidSubject, "Subject is not valid: " + error + ".");
            }

            return subject;
        }

        /// <summary>
        /// SUBJECTALTNAME= when given, else the SAN implied by the subject's CN (an IP address or a
        /// DNS name); an empty array when neither. Null after writing an error.
        /// </summary>
        public static AltName[] AltNames(ParsedCommand command, byte[] subject, ICommandOutput output)
        {
            string text = command.GetText("SUBJECTALTNAME", null);
            if (text != null)
            {
                string error;
                AltName[] names = AltNameText.Parse(text, out error);
                if (names == null)
                {
                    PkiMessages.Error(output, PkiMessages.InvalidAltName, "Subject alternative name is not valid: " + error + ".");
                }

                return names;
            }

            AltName fromCommonName = AltNameText.FromCommonName(DistinguishedName.Parse(subject, 0, subject.Length).CommonName);
            return fromCommonName == null ? new AltName[0] : new AltName[] { fromCommonName };
        }

        /// <summary>Whether ENCO key <paramref name="keyId"/> can sign; writes the error when not.</summary>
        public static bool CheckKey(PkiContext context, int keyId, ICommandOutput output)
        {
            if (context.Keys == null || context.Keys.GetAlgorithm(keyId) == KeyAlgorithm.Unsupported)
            {
                PkiMessages.Error(output, PkiMessages.NoSuchKey, "ENCO key " + keyId.ToString() + " does not exist or is not an RSA or ECDSA key.");
                return false;
            }

            return true;
        }
    }
}
