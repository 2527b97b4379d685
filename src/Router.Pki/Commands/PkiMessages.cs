using Router.Cli;

namespace Router.Pki.Commands
{
    /// <summary>
    /// The numbered messages of the PKI commands, module 095 in the scheme of CliMessages
    /// (T MMM NNN: 1 = info, 3 = error):
    /// <code>
    /// number   meaning                                         example text
    /// -------  ----------------------------------------------  ------------------------------------------------------
    /// 1095001  a file was written (Info)                       Certificate written to file "cer_name.cer".
    /// 1095002  certificate added, with its status (Info)       Certificate "cer_name" added (ID 1): valid, trusted.
    /// 1095003  delete deferred while in use (Info)             Certificate "cer_name" is in use: it goes when its last user releases it.
    /// 1095004  paste the PEM now (Info)                        Paste the PEM certificate, ending with its END line.
    /// 3095001  name already used                               Certificate "cer_name" already exists.
    /// 3095002  no such entry                                   Certificate "cer_name" does not exist.
    /// 3095003  database full (entries)                         The PKI database is full (12 entries).
    /// 3095004  database full (bytes)                           The PKI database is full (16384 bytes of certificates and CRLs).
    /// 3095005  no such file                                    File "cer_name.cer" does not exist.
    /// 3095006  file does not hold a valid object               File "x.cer" does not hold a valid certificate: DER length not minimal.
    /// 3095007  same certificate or CRL already present         This certificate is already in the database as "root".
    /// 3095008  key missing or not RSA/ECDSA                    ENCO key 0 does not exist or is not an RSA or ECDSA key.
    /// 3095009  the engine refused to sign                      The ENCO engine could not sign: ENCO error -16: ...
    /// 3095010  subject text not a distinguished name           Subject is not valid: country must be a two-letter code.
    /// 3095011  subjectaltname text not valid                   Subject alternative name is not valid: "x y" is not a valid DNS name.
    /// 3095012  flash storage refused or failed                 Flash storage: flash store full.
    /// 3095013  file to write exists                            File "cer_name.cer" already exists: delete it or choose another name.
    /// 3095014  name cannot make a file name                    "a/b" cannot name a file (1-27 characters of a-z 0-9 _ - .).
    /// 3095015  CRL signature does not verify                   The CRL's signature does not verify with its issuer "root".
    /// 3095016  TYPE= does not describe the certificate         The certificate is not a CA certificate (TYPE=CA).
    /// 3095017  no subject and no system distinguished name     Give SUBJECT, or set the system distinguished name first.
    /// 3095018  name too long / invalid for the database        Name "..." is not valid (1-32 characters, no spaces).
    /// 3095019  pasting needs an interactive console            Pasting a certificate needs the console.
    /// </code>
    /// </summary>
    public static class PkiMessages
    {
        public const int FileWritten = 1095001;
        public const int CertificateAdded = 1095002;
        public const int DeletePending = 1095003;
        public const int PasteNow = 1095004;

        public const int NameExists = 3095001;
        public const int NotFound = 3095002;
        public const int TooManyEntries = 3095003;
        public const int TooManyBytes = 3095004;
        public const int NoSuchFile = 3095005;
        public const int InvalidContent = 3095006;
        public const int Duplicate = 3095007;
        public const int NoSuchKey = 3095008;
        public const int SigningFailed = 3095009;
        public const int InvalidSubject = 3095010;
        public const int InvalidAltName = 3095011;
        public const int FlashStorage = 3095012;
        public const int FileExists = 3095013;
        public const int InvalidFileName = 3095014;
        public const int CrlSignature = 3095015;
        public const int WrongType = 3095016;
        public const int NoSubject = 3095017;
        public const int InvalidName = 3095018;
        public const int PasteNeedsConsole = 3095019;

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
