namespace Router.Cli
{
    /// <summary>
    /// The numbered messages of the command language, in the manuals' style:
    /// <c>Error (3045060): Parameter "MAXSESSIONS" is out of range (0-5000).</c>
    ///
    /// Numbering scheme: an error number is <c>T MMM NNN</c> written as one decimal number,
    /// where T is the kind (3 = error), MMM the module that found the problem and NNN the
    /// message within that module. The informational "Operation successful" keeps the
    /// number the manuals print, 134003.
    ///
    /// <code>
    /// number   meaning                                         example text
    /// -------  ----------------------------------------------  ------------------------------------------------------
    ///  134003  success (Info)                                  Operation successful.
    /// Info messages have kind 1 (1065001 is module 065's first); the manuals' 134003 predates
    /// the scheme and keeps its number.
    ///
    /// module 035: recognising the command and reading the line
    /// 3035001  first word matches no command                   Unknown command "xyz".
    /// 3035002  abbreviation matches several keywords           "SH" is ambiguous: SHow, SHutdown.
    /// 3035003  word matches no keyword at its place            Unknown keyword "foo" after "show ipsec". Expected: ...
    /// 3035004  line ends before the command is complete        Incomplete command "create ipsec". Expected: ...
    /// 3035005  abbreviation shorter than the capitals          "CR" is too short for CREate: type at least "CRE".
    /// 3035006  line longer than CommandLine.MaxLength          Command line is too long (maximum 512 characters).
    /// 3035007  more words than CommandLine.MaxWords            Too many words in the command (maximum 48).
    /// 3035008  control character in the line                  Invalid character (0x07) at position 5.
    /// 3035009  "=" with no parameter name before it            Missing parameter name before "=" at position 1.
    /// 3035010  quote opened and never closed                   Missing closing quote after position 12.
    /// 3035011  quote in the middle of a word                   Misplaced quote at position 7.
    /// 3035012  help words match no command                     No command matches "create foo".
    /// 3035013  command needs a person at the console           "restart router" cannot run from a script.
    /// 3035098  a handler failed unexpectedly                   "show ssl" failed with an internal error.
    /// 3035099  syntax known, feature not built yet             "create ipsec policy" is not available in this firmware yet.
    ///
    /// module 045: parameters and values
    /// 3045060  number outside its range                        Parameter "MAXSESSIONS" is out of range (0-5000).
    /// 3045061  required parameter missing                      Parameter "KEYMANAGEMENT" is required.
    /// 3045062  parameter not in the command's syntax           Unknown parameter "FOO".
    /// 3045063  value not one of the accepted forms             Value "xyz" is not valid for parameter "KEYMANAGEMENT" (ISAKMP, MANUAL).
    /// 3045064  same parameter twice                            Parameter "KEYMANAGEMENT" is given more than once.
    /// 3045065  parameter needs a value                         Parameter "STRING" requires a value.
    /// 3045066  parameter takes no value                        Parameter "COUNTER" does not take a value.
    /// 3045067  malformed IP address                            Value "1.2.3" is not a valid IP address for parameter "PEERADDRESS".
    /// 3045068  malformed or non-contiguous mask                Value "255.0.255.0" is not a valid mask for parameter "MASK".
    /// 3045069  text longer than allowed                        Value of parameter "STRING" is too long (1-100 characters).
    /// 3045070  text shorter than allowed                       Value of parameter "POLICY" is too short (1-23 characters).
    /// 3045071  parameter abbreviation matches several          "EXPIRY" is ambiguous: EXPIRYKbytes, EXPIRYSeconds.
    /// 3045072  parameter abbreviation shorter than capitals    "C" is too short for CAchetimeout: type at least "CA".
    ///
    /// module 055: who may run the command
    /// 3055001  caller's privilege below the command's          "set ssl" requires Manager privilege.
    /// 3055002  security command while system security is on   "create ipsec policy" requires Security Officer privilege when system security is enabled.
    ///
    /// module 065: users, passwords and login (Router.Config)
    /// 1065001  first manager password chosen (Info)            Manager password set.
    /// 1065002  security officer idle too long (Info)           Security Officer idle for more than 60 seconds: log in again.
    /// 3065001  wrong name or password                          Login incorrect.
    /// 3065002  password length outside the policy              The password must have 8 to 64 characters.
    /// 3065003  the two entries of a new password differ        The passwords do not match. Try again.
    /// 3065004  account locked after repeated failures          Login incorrect: too many failed attempts; try again in 540 seconds.
    /// 3065005  add user of an existing name                    User "secoff" already exists.
    /// 3065006  no such user                                    User "secoff" does not exist.
    /// 3065007  user database full                              The user database is full (16 users).
    /// 3065008  neither or both of PASSWORD and PASSWORDHASH    Give PASSWORD (or, in a configuration script, PASSWORDHASH).
    /// 3065009  stored password hash malformed                  Value of PASSWORDHASH is not a password hash of this router.
    /// 3065010  change would leave no administrator             "manager" is the last Manager or Security Officer: the router would have no administrator.
    /// 3065011  last security officer in security mode          "secoff" is the last Security Officer and system security is enabled.
    /// 3065012  user name with characters outside the set       User name "a/b" may only have letters, digits, "_", "-" and ".".
    /// 3065013  user with LOGIN=NO tries the console            User "remote" may not log in to the router (LOGIN=NO).
    /// 3065014  set user with nothing to change                 Give at least one parameter to change.
    ///
    /// module 075: system security, configuration files, flash, time (Router.Config)
    /// 1075001  restart (Info)                                  Restarting the router.
    /// 1075002  confirmation answered no (Info)                 Operation cancelled.
    /// 3075001  enable security with no security officer        System security needs a user with Security Officer privilege: add one first.
    /// 3075002  the flash store refused or failed               Flash storage: flash store full.
    /// 3075003  no such file                                    File "ipsec.cfg" does not exist.
    /// 3075004  configuration file name not NAME.cfg            "ipsec" is not a configuration file name (NAME.cfg, up to 31 characters).
    /// 3075005  running configuration larger than a file        The configuration needs 9100 bytes; a file holds at most 8124.
    /// 3075006  file the router keeps for itself                "users.db" is a system file: it cannot be shown or deleted.
    /// 3075007  malformed time or date                          Time "25:00" is not valid (hh:mm:ss, dd-mmm-yyyy).
    /// 3075008  enable security when enabled                    System security is already enabled.
    /// 3075009  disable security when disabled                  System security is not enabled.
    /// 3075010  not a valid file name                           "a b" is not a valid file name.
    /// 3075011  a secret store could not follow                 System security stays disabled: key could not be saved to or erased from flash.
    ///
    /// module 095: PKI certificates, requests and CRLs (Router.Pki's PkiMessages keeps that table)
    ///
    /// module 085: ENCO keys (Router.Config over Router.Enco's key store); 3085001-3085009 are
    /// 3085000 + the key store's EncoKeyStoreError code, with its description as text
    /// 3085001  key number out of range                         ENCO key 70000: key number out of range (0-65535).
    /// 3085002  key exists                                      ENCO key 1: key already exists.
    /// 3085003  no such key                                     ENCO key 1: key does not exist.
    /// 3085004  key store full                                  ENCO key 17: too many keys.
    /// 3085005  type not allowed here                           ENCO key 0: key type not allowed here.
    /// 3085006  length not allowed for the type                 ENCO key 1: key length not allowed for this type.
    /// 3085007  value not valid for the type                    ENCO key 1: key value not valid for this type.
    /// 3085008  description too long or not printable          ENCO key 1: description too long or not printable.
    /// 3085009  flash refused the key (security mode)           ENCO key 1: key could not be saved to or erased from flash.
    /// 3085010  the engine could not generate the key           ENCO key 0: the ENCO engine could not generate the key: ....
    /// </code>
    /// Words the user typed are echoed as typed; parameter names and values the syntax
    /// defines are shown in capitals, in full.
    /// </summary>
    public static class CliMessages
    {
        public const int OperationSuccessful = 134003;

        public const int UnknownCommand = 3035001;
        public const int AmbiguousKeyword = 3035002;
        public const int UnknownKeyword = 3035003;
        public const int IncompleteCommand = 3035004;
        public const int KeywordTooShort = 3035005;
        public const int LineTooLong = 3035006;
        public const int TooManyWords = 3035007;
        public const int InvalidCharacter = 3035008;
        public const int MissingParameterName = 3035009;
        public const int MissingClosingQuote = 3035010;
        public const int MisplacedQuote = 3035011;
        public const int NoHelpMatch = 3035012;
        public const int InternalError = 3035098;
        public const int NotAvailable = 3035099;

        public const int OutOfRange = 3045060;
        public const int ParameterRequired = 3045061;
        public const int UnknownParameter = 3045062;
        public const int InvalidValue = 3045063;
        public const int DuplicateParameter = 3045064;
        public const int ValueRequired = 3045065;
        public const int ValueNotAllowed = 3045066;
        public const int InvalidAddress = 3045067;
        public const int InvalidMask = 3045068;
        public const int TextTooLong = 3045069;
        public const int TextTooShort = 3045070;
        public const int AmbiguousParameter = 3045071;
        public const int ParameterTooShort = 3045072;

        public const int NeedsConsole = 3035013;

        public const int PrivilegeRequired = 3055001;
        public const int SecurityOfficerRequired = 3055002;

        public const int ManagerPasswordSet = 1065001;
        public const int SecureDelayExpired = 1065002;
        public const int LoginIncorrect = 3065001;
        public const int PasswordLength = 3065002;
        public const int PasswordMismatch = 3065003;
        public const int AccountLocked = 3065004;
        public const int UserExists = 3065005;
        public const int NoSuchUser = 3065006;
        public const int UserDatabaseFull = 3065007;
        public const int PasswordRequired = 3065008;
        public const int BadPasswordHash = 3065009;
        public const int LastAdministrator = 3065010;
        public const int LastSecurityOfficer = 3065011;
        public const int BadUserName = 3065012;
        public const int LoginNotAllowed = 3065013;
        public const int NothingToSet = 3065014;

        public const int Restarting = 1075001;
        public const int Cancelled = 1075002;
        public const int NoSecurityOfficer = 3075001;
        public const int FlashStorage = 3075002;
        public const int NoSuchFile = 3075003;
        public const int BadConfigName = 3075004;
        public const int ConfigTooLarge = 3075005;
        public const int SystemFile = 3075006;
        public const int BadTime = 3075007;
        public const int SecurityAlreadyEnabled = 3075008;
        public const int SecurityNotEnabled = 3075009;
        public const int BadFileName = 3075010;
        public const int SecurityNotPersisted = 3075011;

        /// <summary>3085000 + an EncoKeyStoreError code (1-9).</summary>
        public const int EncoKeyBase = 3085000;
        public const int EncoKeyGenerationFailed = 3085010;

        /// <summary>The success answer, kept as one literal so that answering it allocates nothing.</summary>
        public const string OperationSuccessfulLine = "Info (134003): Operation successful.";

        /// <summary>Formats a numbered error: <c>Error (number): text</c>.</summary>
        public static string Error(int number, string text)
        {
            return "Error (" + number.ToString() + "): " + text;
        }

        public static void WriteError(ICommandOutput output, int number, string text)
        {
            output.WriteLine(Error(number, text));
        }

        /// <summary>Formats a numbered information: <c>Info (number): text</c>.</summary>
        public static string Info(int number, string text)
        {
            return "Info (" + number.ToString() + "): " + text;
        }

        public static void WriteInfo(ICommandOutput output, int number, string text)
        {
            output.WriteLine(Info(number, text));
        }

        /// <summary>The display name of a privilege, as the manuals write it.</summary>
        public static string PrivilegeName(Privilege privilege)
        {
            if (privilege == Privilege.SecurityOfficer)
            {
                return "Security Officer";
            }

            return privilege == Privilege.Manager ? "Manager" : "User";
        }
    }
}
