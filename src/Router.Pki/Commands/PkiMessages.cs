using Router.Cli;

namespace Router.Pki.Commands
{
    /// <summary>
    /// The numbered messages of the PKI commands, module 085 in the scheme of CliMessages
    /// (T MMM NNN: 1 = info, 3 = error):
    /// <code>
    /// number   meaning                                         example text
    /// -------  ----------------------------------------------  ------------------------------------------------------
    /// 1085001  a file was written (Info)                       Certificate written to file "cer_name.cer".
    /// 1085002  certificate added, with its status (Info)       Certificate "cer_name" added (ID 1): valid, trusted.
    /// 1085003  delete deferred while in use (Info)             Certificate "cer_name" is in use: it goes when its last user releases it.
    /// 1085004  paste the PEM now (Info)                        Paste the PEM certificate, ending with its END line.
    /// 3085001  name already used                               Certificate "cer_name" already exists.
    /// 3085002  no such entry                                   Certificate "cer_name" does not exist.
    /// 3085003  database full (entries)                         The PKI database is full (12 entries).
    /// 3085004  database full (bytes)                           The PKI database is full (16384 bytes of certificates and CRLs).
    /// 3085005  no such file                                    File "cer_name.cer" does not exist.
    /// 3085006  file does not hold a valid object               File "x.cer" does not hold a valid certificate: DER length not minimal.
    /// 3085007  same certificate or CRL already present         This certificate is already in the database as "root".
    /// 3085008  key missing or not RSA/ECDSA                    ENCO key 0 does not exist or is not an RSA or ECDSA key.
    /// 3085009  the engine refused to sign                      The ENCO engine could not sign: ENCO error -16: ...
    /// 3085010  subject text not a distinguished name           Subject is not valid: country must be a two-letter code.
    /// 3085011  subjectaltname text not valid                   Subject alternative name is not valid: "x y" is not a valid DNS name.
    /// 3085012  flash storage refused or failed                 Flash storage: flash store full.
    /// 3085013  file to write exists                            File "cer_name.cer" already exists: delete it or choose another name.
    /// 3085014  name cannot make a file name                    "a/b" cannot name a file (1-27 characters of a-z 0-9 _ - .).
    /// 3085015  CRL signature does not verify                   The CRL's signature does not verify with its issuer "root".
    /// 3085016  TYPE= does not describe the certificate         The certificate is not a CA certificate (TYPE=CA).
    /// 3085017  no subject and no system distinguished name     Give SUBJECT, or set the system distinguished name first.
    /// 3085018  name too long / invalid for the database        Name "..." is not valid (1-32 characters, no spaces).
    /// 3085019  pasting needs an interactive console            Pasting a certificate needs the console.
    /// </code>
    /// </summary>
    public static class PkiMessages
    {
        public const int FileWritten = 1085001;
        public const int CertificateAdded = 1085002;
        public const int DeletePending = 1085003;
        public const int PasteNow = 1085004;

        public const int NameExists = 3085001;
        public const int NotFound = 3085002;
        public const int TooManyEntries = 3085003;
        public const int TooManyBytes = 3085004;
        public const int NoSuchFile = 3085005;
        public const int InvalidContent = 3085006;
        public const int Duplicate = 3085007;
        public const int NoSuchKey = 3085008;
        public const int SigningFailed = 3085009;
        public const int InvalidSubject = 3085010;
        public const int InvalidAltName = 3085011;
        public const int FlashStorage = 3085012;
        public const int FileExists = 3085013;
        public const int InvalidFileName = 3085014;
        public const int CrlSignature = 3085015;
        public const int WrongType = 3085016;
        public const int NoSubject = 3085017;
        public const int InvalidName = 3085018;
        public const int PasteNeedsConsole = 3085019;

        /// <summary>"Info (number): text".</summary>
        public static void WriteInfo(ICommandOutput output, int number, string text)
        {
            output.WriteLine("Info (" + number.ToString() + "): " + text);
        }

        /// <summary>Writes the error and returns <see cref="CommandResult.Error"/>, so a handler can return it.</summary>
        public static int Error(ICommandOutput output, int number, string text)
        {
            CliMessages.WriteError(output, number, text);
            return CommandResult.Error;
        }
    }
}
