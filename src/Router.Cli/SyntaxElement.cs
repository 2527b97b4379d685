namespace Router.Cli
{
    /// <summary>
    /// One space-separated element of a Syntax line, decoded in place: the parser reads the
    /// registered syntax strings lazily, element by element, instead of building an object
    /// graph at boot. An instance is reused for every read.
    ///
    /// Element forms (see <see cref="SyntaxNotation"/>):
    /// <code>
    /// KEYword              keyword, required, no value
    /// [KEYword]            optional flag, no value
    /// NAMe=spec            required parameter with a value
    /// NAMe[=spec]          required parameter whose value may be left out
    /// [NAMe=spec]          optional parameter with a value
    /// [NAMe[=spec]]        optional parameter whose value may be left out
    /// &lt;NAME=spec&gt;          positional value (a bare word), read back under NAME
    /// </code>
    /// </summary>
    internal sealed class SyntaxElement
    {
        public const int NoValue = 0;
        public const int ValueRequired = 1;
        public const int ValueOptional = 2;

        internal int Start;
        internal int Next;
        internal int NameStart;
        internal int NameLength;
        internal int SpecStart;
        internal int SpecLength;
        internal int ValueMode;
        internal bool Optional;
        internal bool Positional;

        /// <summary>
        /// Decodes the element at or after <paramref name="position"/>. Returns false at the end
        /// of the syntax string. <see cref="Next"/> is where the following element starts.
        /// </summary>
        public bool Read(string syntax, int position)
        {
            int length = syntax.Length;
            while (position < length && syntax[position] == ' ')
            {
                position++;
            }

            if (position >= length)
            {
                return false;
            }

            int end = position;
            while (end < length && syntax[end] != ' ')
            {
                end++;
            }

            Start = position;
            Next = end;
            Optional = syntax[position] == '[';
            Positional = syntax[position] == '<';
            int inner = position;
            int innerEnd = end;
            if (Optional || Positional)
            {
                inner++;
                innerEnd--;
            }

            NameStart = inner;
            int i = inner;
            while (i < innerEnd && syntax[i] != '=' && syntax[i] != '[')
            {
                i++;
            }

            NameLength = i - inner;
            if (i == innerEnd)
            {
                ValueMode = NoValue;
                SpecStart = i;
                SpecLength = 0;
            }
            else if (syntax[i] == '=')
            {
                ValueMode = ValueRequired;
                SpecStart = i + 1;
                SpecLength = innerEnd - SpecStart;
            }
            else
            {
                // "NAME[=spec]": the spec runs to the ']' that closes the optional value.
                ValueMode = ValueOptional;
                SpecStart = i + 2;
                SpecLength = innerEnd - 1 - SpecStart;
            }

            return true;
        }

        /// <summary>A required keyword continues a command's path (its title words).</summary>
        public bool IsKeyword
        {
            get { return !Optional && !Positional && ValueMode == NoValue; }
        }

        public bool NameEquals(string syntax, string otherSyntax, int otherStart, int otherLength)
        {
            return NameLength == otherLength && Ascii.EqualsIgnoreCase(syntax, NameStart, otherSyntax, otherStart, otherLength);
        }
    }
}
