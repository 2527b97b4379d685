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

        public const int PrivilegeRequired = 3055001;
        public const int SecurityOfficerRequired = 3055002;

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
