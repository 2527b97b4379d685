namespace Router.Tls.Commands
{
    /// <summary>
    /// The numbered messages of the SSL commands, module 105 in the scheme of Router.Cli's CliMessages
    /// (T MMM NNN: 1 = info, 3 = error):
    /// <code>
    /// number   meaning                                         example text
    /// -------  ----------------------------------------------  ------------------------------------------------------
    /// 1105001  the session cache was rebuilt (Info)            Session resumption cache rebuilt: 64 sessions, 300 seconds; 3 sessions wiped.
    /// 1105002  maxsessions above what the board holds (Info)   This board holds 64 sessions (128 bytes each): MAXSESSIONS=2000 is kept but only 64 are cached.
    /// 3105001  cipher suite not negotiated by this router      Value "RC4-MD5" of parameter "CIPHERS" is not a cipher suite of this router. ...
    /// 3105002  key log asked for without a Security Officer    "enable ssl debug=keylog" requires a Security Officer logged in at the console.
    /// </code>
    /// </summary>
    public static class SslMessages
    {
        public const int CacheRebuilt = 1105001;
        public const int BoardLimit = 1105002;
        public const int UnknownCipherSuite = 3105001;
        public const int KeyLogNeedsSecurityOfficer = 3105002;
    }
}
