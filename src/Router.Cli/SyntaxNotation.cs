namespace Router.Cli
{
    /// <summary>
    /// The notation of registered Syntax lines: the manuals' own, with each placeholder
    /// replaced by a value type. One space separates elements; there are no spaces inside
    /// an element.
    /// <code>
    /// Keywords and parameter names
    ///   CREate         the capitalised prefix is the shortest accepted abbreviation ("cre");
    ///                  digits count as capitals ("3DES2key" needs "3des2")
    ///   NAMe=spec      required parameter          [NAMe=spec]     optional parameter
    ///   NAMe[=spec]    value may be left out       [NAMe[=spec]]   both
    ///   [KEYword]      optional flag, no value     &lt;NAME=spec&gt;    positional value: a bare word
    /// Value specs
    ///   0..255         decimal number in range (may be negative: -24..24; up to 18 digits)
    ///   {ISakmp|MAnual}  one of the alternatives; keywords abbreviate like command words,
    ///                  a digit keyword ({4|6}) also reads back as a number
    ///   {NOne|1..1024} keywords and types may be mixed; keywords are tried first
    ///   text(1..100)   any printable text of 1-100 characters (quote it to include spaces)
    ///   name(1..23)    like text, but no spaces (interface, file, user names)
    ///   hex(2..128)    hexadecimal digits, length in digits
    ///   ipv4  ipv6     an address;   ipv4range  a.b.c.d or a.b.c.d-e.f.g.h
    ///   ipv6range      address, address/prefix-length (1-128) or address-address
    ///   mask           IPv4 mask with contiguous ones (255.255.255.240)
    ///   bool           on|off|true|false|yes|no (abbreviable: "tr", "of", "y")
    ///   spec,...       a comma-separated list of items of that spec (cou=sad,spd)
    /// </code>
    /// Example: <c>CREate IPSec BUNDlespecification=0..255 KEYmanagement={ISakmp|MAnual}
    /// STRING=text(1..100) [EXPIRYKbytes=1..4193280] [EXPIRYSeconds=300..31449600]</c>.
    /// A command's path is its leading keywords plus the element right after them when that
    /// one is required (its object, <c>BUNDlespecification</c>): the path is typed in order,
    /// everything after it in any order.
    /// </summary>
    public static class SyntaxNotation
    {
        /// <summary>
        /// Checks a Syntax line against the notation. Returns null when it is well formed,
        /// otherwise what is wrong. Meant for tests of the catalogs, not for boot.
        /// </summary>
        public static string Check(string syntax)
        {
            if (syntax == null || syntax.Length == 0)
            {
                return "empty syntax";
            }

            SyntaxElement element = new SyntaxElement();
            SyntaxElement other = new SyntaxElement();
            ValueChecker checker = new ValueChecker();
            int position = 0;
            int index = 0;
            bool inPath = true;
            while (element.Read(syntax, position))
            {
                string problem = CheckElement(syntax, element, checker);
                if (problem != null)
                {
                    return problem + " in \"" + syntax.Substring(element.Start, element.Next - element.Start) + "\"";
                }

                if (index == 0 && !element.IsKeyword)
                {
                    return "a command must start with a keyword";
                }

                if (element.Positional && !inPath)
                {
                    return "a positional value must directly follow the leading keywords";
                }

                inPath = inPath && element.IsKeyword;
                int later = element.Next;
                while (other.Read(syntax, later))
                {
                    later = other.Next;
                    if (other.NameLength == element.NameLength && Ascii.EqualsIgnoreCase(syntax, other.NameStart, syntax, element.NameStart, element.NameLength))
                    {
                        return "duplicate name " + syntax.Substring(element.NameStart, element.NameLength);
                    }
                }

                position = element.Next;
                index++;
            }

            return null;
        }

        private static string CheckElement(string syntax, SyntaxElement element, ValueChecker checker)
        {
            int end = element.Next;
            if (element.Optional && syntax[end - 1] != ']')
            {
                return "unclosed [";
            }

            if (element.Positional && (syntax[end - 1] != '>' || element.ValueMode != SyntaxElement.ValueRequired))
            {
                return "a positional value is written <NAME=spec>";
            }

            if (element.NameLength == 0)
            {
                return "missing name";
            }

            bool capital = false;
            for (int i = element.NameStart; i < element.NameStart + element.NameLength; i++)
            {
                char c = syntax[i];
                if (!(Ascii.IsLower(c) || Ascii.IsDigit(c) || (c >= 'A' && c <= 'Z')))
                {
                    return "bad character in a name";
                }

                capital |= !Ascii.IsLower(c);
            }

            if (!capital || Ascii.IsLower(syntax[element.NameStart]))
            {
                return "a name must start with its capitalised part";
            }

            if (element.ValueMode == SyntaxElement.ValueOptional)
            {
                int close = element.SpecStart + element.SpecLength;
                if (syntax[element.SpecStart - 1] != '=' || close >= end || syntax[close] != ']')
                {
                    return "an optional value is written NAME[=spec]";
                }
            }

            if (element.ValueMode != SyntaxElement.NoValue && !checker.IsWellFormed(syntax, element.SpecStart, element.SpecLength))
            {
                return "malformed value spec";
            }

            return null;
        }
    }
}
