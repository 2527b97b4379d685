using System.Text;

namespace Router.Cli
{
    /// <summary>
    /// Matches a tokenized line against the command table, reading the Syntax strings in
    /// place.
    ///
    /// 1. <see cref="Identify"/> walks the command's path word by word: the leading keywords
    ///    and then the element naming its object (<c>CREate IPSec BUNDlespecification=...</c>,
    ///    <c>SHow IPSec POLIcy[=name]</c>). At each place the typed word must match one
    ///    keyword by an unambiguous abbreviation of at least its capitals; a whole word wins
    ///    over abbreviations. A word that matches no path word ends the path of commands that
    ///    are complete there, and the remaining words are their parameters, in any order.
    ///    When several commands share a path (<c>SHow IPSec POLIcy</c>, <c>... COUnter</c>,
    ///    <c>... SABundle</c>), the first whose parameters all fit is chosen.
    /// 2. <see cref="Bind"/> pairs every word with its element and checks duplicates, value
    ///    presence and each value against its type.
    ///
    /// The first problem found is kept as a numbered message (<see cref="ErrorNumber"/>,
    /// <see cref="ErrorText"/>); only then are strings built. A line that matches allocates
    /// nothing: the scratch arrays are sized once from the table's capacity.
    /// </summary>
    public sealed class CommandParser
    {
        private const int MaxListed = 16;
        private const int EchoLimit = 40;

        private readonly CommandTable _table;
        private readonly int[] _cursor;
        private readonly int[] _live;
        private readonly bool[] _pathDone;
        private readonly int[] _wordElement = new int[CommandLine.MaxWords];
        private readonly int[] _wordAbbreviation = new int[CommandLine.MaxWords];
        private readonly int[] _wordAbbreviations = new int[CommandLine.MaxWords];
        private readonly int[] _required = new int[CommandLine.MaxWords];
        private readonly int[] _foundEntry = new int[MaxListed];
        private readonly int[] _foundStart = new int[MaxListed];
        private readonly int[] _foundLength = new int[MaxListed];
        private readonly int[] _foundMatch = new int[MaxListed];
        private readonly SyntaxElement _element = new SyntaxElement();
        private readonly ValueChecker _checker = new ValueChecker();
        private readonly ParsedCommand _parsed;
        private int _found;
        private int _liveCount;
        private CommandEntry _identified;
        private int _pathWords;
        private int _errorNumber;
        private string _errorText;

        public CommandParser(CommandTable table)
        {
            _table = table;
            _cursor = new int[table.Capacity];
            _live = new int[table.Capacity];
            _pathDone = new bool[table.Capacity];
            _parsed = new ParsedCommand(_checker);
        }

        /// <summary>0 after success, otherwise the number of the first problem found.</summary>
        public int ErrorNumber { get { return _errorNumber; } }

        /// <summary>The text of the first problem, without its "Error (n): " prefix.</summary>
        public string ErrorText { get { return _errorText; } }

        /// <summary>The full message, e.g. <c>Error (3045062): Unknown parameter "FOO".</c></summary>
        public string ErrorMessage { get { return CliMessages.Error(_errorNumber, _errorText); } }

        /// <summary>Identifies and binds; returns null (with the error set) when the line is wrong.</summary>
        public ParsedCommand Parse(CommandLine line)
        {
            return Identify(line) == null ? null : Bind(line);
        }

        /// <summary>
        /// Finds the command a line names, checking its words' names but not yet its values
        /// (so the dispatcher can refuse an unprivileged caller first). Returns null on error.
        /// </summary>
        public CommandEntry Identify(CommandLine line)
        {
            _errorNumber = 0;
            _errorText = null;
            _identified = null;
            if (line.Count == 0)
            {
                Fail(CliMessages.IncompleteCommand, "Incomplete command \"\".");
                return null;
            }

            // The live list holds the entries still matching the words read so far.
            int count = _table.Count;
            for (int e = 0; e < count; e++)
            {
                _live[e] = e;
                _cursor[e] = 0;
                _pathDone[e] = false;
            }

            _liveCount = count;

            int level = 0;
            while (true)
            {
                RefreshPaths();
                if (level == line.Count)
                {
                    if (!KeepEnded())
                    {
                        FailIncomplete(line, level);
                        return null;
                    }

                    break;
                }

                int chosen = MatchPathWord(line, level);
                if (chosen >= 0)
                {
                    AdvanceOnName(chosen);
                    level++;
                    continue;
                }

                if (_errorNumber != 0)
                {
                    return null;
                }

                if (!line.HasValue(level) && AdvancePositional())
                {
                    level++;
                    continue;
                }

                if (KeepEnded())
                {
                    break;
                }

                FailUnknown(line, level);
                return null;
            }

            return ChooseCandidate(line, level);
        }

        /// <summary>
        /// Pairs words with elements and checks every value of the command the last
        /// <see cref="Identify"/> found (call it right after, with the same line).
        /// </summary>
        public ParsedCommand Bind(CommandLine line)
        {
            CommandEntry entry = _identified;
            if (entry == null)
            {
                return null;
            }

            string syntax = entry.Syntax;
            string text = line.Text;
            _parsed.Reset(entry, text, line.Count);
            int position = 0;
            for (int w = 0; w < line.Count; w++)
            {
                if (w < _pathWords)
                {
                    _element.Read(syntax, position);
                    position = _element.Next;
                    _wordElement[w] = _element.Start;
                }
                else
                {
                    // Identify left each parameter word's element in _wordElement.
                    _element.Read(syntax, _wordElement[w]);
                }

                if (_element.Positional)
                {
                    bool bare = line.IsBareValue(w);
                    _parsed.SetWord(w, _element, bare ? line.ValueStart(w) : line.NameStart(w), bare ? line.ValueLength(w) : line.NameLength(w), true);
                }
                else
                {
                    _parsed.SetWord(w, _element, line.ValueStart(w), line.ValueLength(w), line.HasValue(w));
                }

                for (int u = 0; u < w; u++)
                {
                    if (_wordElement[u] == _wordElement[w])
                    {
                        Fail(CliMessages.DuplicateParameter, "Parameter \"" + UpperName(syntax) + "\" is given more than once.");
                        return null;
                    }
                }
            }

            for (int w = 0; w < line.Count; w++)
            {
                _element.Read(syntax, _wordElement[w]);
                if (!CheckValue(syntax, line, w))
                {
                    return null;
                }
            }

            return _parsed;
        }

        private bool CheckValue(string syntax, CommandLine line, int word)
        {
            bool positional = _element.Positional;
            bool hasValue = positional || line.HasValue(word);
            int valueStart = positional && !line.IsBareValue(word) ? line.NameStart(word) : line.ValueStart(word);
            int valueLength = positional && !line.IsBareValue(word) ? line.NameLength(word) : line.ValueLength(word);
            bool quoted = line.IsQuoted(word);
            if (_element.ValueMode == SyntaxElement.NoValue)
            {
                if (hasValue)
                {
                    Fail(CliMessages.ValueNotAllowed, "Parameter \"" + UpperName(syntax) + "\" does not take a value.");
                    return false;
                }

                return true;
            }

            if ((_element.ValueMode == SyntaxElement.ValueRequired && !hasValue) || (hasValue && valueLength == 0 && !quoted))
            {
                Fail(CliMessages.ValueRequired, "Parameter \"" + UpperName(syntax) + "\" requires a value.");
                return false;
            }

            if (!hasValue)
            {
                return true;
            }

            int error = _checker.Check(syntax, _element.SpecStart, _element.SpecLength, line.Text, valueStart, valueLength);
            if (error != 0)
            {
                FailValue(error, syntax, line.Text, valueStart, valueLength);
                return false;
            }

            _parsed.SetValue(word, _checker);
            return true;
        }

        /// <summary>Marks entries whose path has no further required element at their cursor (the end or a "[").</summary>
        private void RefreshPaths()
        {
            for (int i = 0; i < _liveCount; i++)
            {
                int e = _live[i];
                if (!_pathDone[e])
                {
                    string syntax = _table[e].Syntax;
                    int position = _cursor[e];
                    while (position < syntax.Length && syntax[position] == ' ')
                    {
                        position++;
                    }

                    _pathDone[e] = position >= syntax.Length || syntax[position] == '[';
                }
            }
        }

        /// <summary>
        /// Cheap first test before decoding an element: a keyword whose first letter differs
        /// from the word's cannot match. (Most of the table fails here at each word.)
        /// </summary>
        private static bool MayMatch(string syntax, int cursor, string text, int nameStart)
        {
            while (syntax[cursor] == ' ')
            {
                cursor++;
            }

            char first = syntax[cursor];
            return first == '<' || Ascii.ToUpper(first) == Ascii.ToUpper(text[nameStart]);
        }

        /// <summary>
        /// Compares word <paramref name="level"/> with the next path word of every live entry.
        /// Returns the index (into the found list) of the one name it selects, or -1 with the
        /// error set for an ambiguous or too short abbreviation, or -1 with no error when no
        /// path word matches.
        /// </summary>
        private int MatchPathWord(CommandLine line, int level)
        {
            _found = 0;
            if (line.IsBareValue(level))
            {
                return -1;
            }

            string text = line.Text;
            int nameStart = line.NameStart(level);
            int nameLength = line.NameLength(level);
            for (int i = 0; i < _liveCount; i++)
            {
                int e = _live[i];
                if (_pathDone[e])
                {
                    continue;
                }

                string syntax = _table[e].Syntax;
                if (nameLength == 0 || !MayMatch(syntax, _cursor[e], text, nameStart))
                {
                    continue;
                }

                _element.Read(syntax, _cursor[e]);
                if (_element.Positional)
                {
                    continue;
                }

                int match = KeywordMatch.Compare(text, nameStart, nameLength, syntax, _element.NameStart, _element.NameLength);
                if (match != KeywordMatch.None)
                {
                    Remember(e, _element.NameStart, _element.NameLength, match);
                }
            }

            return Decide(text, nameStart, nameLength, CliMessages.AmbiguousKeyword, CliMessages.KeywordTooShort);
        }

        /// <summary>Keeps one record per distinct name (several commands share "SHow").</summary>
        private void Remember(int entry, int start, int length, int match)
        {
            string syntax = _table[entry].Syntax;
            for (int f = 0; f < _found; f++)
            {
                if (_foundLength[f] == length && Ascii.EqualsIgnoreCase(_table[_foundEntry[f]].Syntax, _foundStart[f], syntax, start, length))
                {
                    // Same word written with different capitals elsewhere: the kindest reading counts.
                    _foundMatch[f] = match > _foundMatch[f] ? match : _foundMatch[f];
                    return;
                }
            }

            if (_found < MaxListed)
            {
                _foundEntry[_found] = entry;
                _foundStart[_found] = start;
                _foundLength[_found] = length;
                _foundMatch[_found] = match;
                _found++;
            }
        }

        /// <summary>The exact match, else the only abbreviation; otherwise an ambiguity or too-short error.</summary>
        private int Decide(string text, int nameStart, int nameLength, int ambiguousNumber, int tooShortNumber)
        {
            int abbreviated = -1;
            int abbreviations = 0;
            int tooShort = -1;
            int tooShorts = 0;
            for (int f = 0; f < _found; f++)
            {
                if (_foundMatch[f] == KeywordMatch.Exact)
                {
                    return f;
                }

                if (_foundMatch[f] == KeywordMatch.Abbreviation)
                {
                    abbreviations++;
                    abbreviated = abbreviated < 0 ? f : abbreviated;
                }
                else
                {
                    tooShorts++;
                    tooShort = tooShort < 0 ? f : tooShort;
                }
            }

            if (abbreviations == 1)
            {
                return abbreviated;
            }

            if (abbreviations > 1 || tooShorts > 1)
            {
                int kind = abbreviations > 1 ? KeywordMatch.Abbreviation : KeywordMatch.TooShort;
                Fail(ambiguousNumber, "\"" + text.Substring(nameStart, nameLength) + "\" is ambiguous: " + FoundNames(kind) + ".");
            }
            else if (tooShorts == 1)
            {
                string keyword = _table[_foundEntry[tooShort]].Syntax.Substring(_foundStart[tooShort], _foundLength[tooShort]);
                string capitals = keyword.Substring(0, KeywordMatch.MinimumLength(keyword, 0, keyword.Length));
                Fail(tooShortNumber, "\"" + text.Substring(nameStart, nameLength) + "\" is too short for " + keyword + ": type at least \"" + capitals + "\".");
            }

            return -1;
        }

        /// <summary>The found names of one match kind, as the syntax writes them: "SHow, SHutdown".</summary>
        private string FoundNames(int kind)
        {
            StringBuilder names = new StringBuilder();
            for (int f = 0; f < _found; f++)
            {
                if (_foundMatch[f] == kind)
                {
                    names.Append(names.Length > 0 ? ", " : string.Empty).Append(_table[_foundEntry[f]].Syntax, _foundStart[f], _foundLength[f]);
                }
            }

            return names.ToString();
        }

        /// <summary>Keeps the live entries whose next path word is the chosen name, and moves past it.</summary>
        private void AdvanceOnName(int found)
        {
            string chosenSyntax = _table[_foundEntry[found]].Syntax;
            int chosenStart = _foundStart[found];
            int chosenLength = _foundLength[found];
            int kept = 0;
            for (int i = 0; i < _liveCount; i++)
            {
                // A longer command's keyword matched: commands complete here drop out.
                int e = _live[i];
                string syntax = _table[e].Syntax;
                if (_pathDone[e] || !MayMatch(syntax, _cursor[e], chosenSyntax, chosenStart))
                {
                    continue;
                }

                _element.Read(syntax, _cursor[e]);
                if (_element.Positional || !_element.NameEquals(syntax, chosenSyntax, chosenStart, chosenLength))
                {
                    continue;
                }

                _cursor[e] = _element.Next;
                _pathDone[e] = !_element.IsKeyword;
                _live[kept++] = e;
            }

            _liveCount = kept;
        }

        /// <summary>A bare word fills a positional value (<c>LOGin &lt;LOGINNAME=...&gt;</c>) when no keyword matched.</summary>
        private bool AdvancePositional()
        {
            int kept = 0;
            for (int i = 0; i < _liveCount; i++)
            {
                int e = _live[i];
                if (!_pathDone[e] && _element.Read(_table[e].Syntax, _cursor[e]) && _element.Positional)
                {
                    _live[kept++] = e;
                }
            }

            if (kept == 0)
            {
                return false;
            }

            _liveCount = kept;
            for (int i = 0; i < _liveCount; i++)
            {
                int e = _live[i];
                _element.Read(_table[e].Syntax, _cursor[e]);
                _cursor[e] = _element.Next;
                _pathDone[e] = true;
            }

            return true;
        }

        /// <summary>Keeps only the live commands that are complete at this word; false (keeping all) when there are none.</summary>
        private bool KeepEnded()
        {
            int kept = 0;
            for (int i = 0; i < _liveCount; i++)
            {
                kept += _pathDone[_live[i]] ? 1 : 0;
            }

            if (kept == 0)
            {
                return false;
            }

            kept = 0;
            for (int i = 0; i < _liveCount; i++)
            {
                if (_pathDone[_live[i]])
                {
                    _live[kept++] = _live[i];
                }
            }

            _liveCount = kept;
            return true;
        }

        /// <summary>
        /// Among the commands complete at <paramref name="level"/>, the first whose words all
        /// name parameters and whose required parameters are all present; otherwise the error
        /// of the one that fits best.
        /// </summary>
        private CommandEntry ChooseCandidate(CommandLine line, int level)
        {
            int best = -1;
            int bestErrors = int.MaxValue;
            for (int i = 0; i < _liveCount; i++)
            {
                int e = _live[i];
                int errors = CountMisfits(e, line, level, false);
                if (errors == 0)
                {
                    _identified = _table[e];
                    _pathWords = level;
                    return _identified;
                }

                if (errors < bestErrors)
                {
                    best = e;
                    bestErrors = errors;
                }
            }

            CountMisfits(best, line, level, true);
            return null;
        }

        /// <summary>
        /// Resolves every parameter word of the entry in one pass over its Syntax line (a long
        /// line is read once, not once per word) and counts the misfits: words that name no
        /// parameter or several, and required parameters missing. Leaves each word's element
        /// in _wordElement. With <paramref name="report"/>, the first misfit becomes the error.
        /// </summary>
        private int CountMisfits(int entry, CommandLine line, int level, bool report)
        {
            string syntax = _table[entry].Syntax;
            string text = line.Text;
            int paramStart = _cursor[entry];
            for (int w = level; w < line.Count; w++)
            {
                _wordElement[w] = -1;
                _wordAbbreviation[w] = -1;
                _wordAbbreviations[w] = 0;
            }

            int required = 0;
            int position = 0;
            while (_element.Read(syntax, position))
            {
                position = _element.Next;
                if (_element.Positional || (_element.Start < paramStart && _element.IsKeyword))
                {
                    continue;
                }

                if (_element.Start >= paramStart && !_element.Optional && required < _required.Length)
                {
                    _required[required++] = _element.Start;
                }

                for (int w = level; w < line.Count; w++)
                {
                    if (_wordElement[w] >= 0 || line.IsBareValue(w))
                    {
                        continue;
                    }

                    int match = KeywordMatch.Compare(text, line.NameStart(w), line.NameLength(w), syntax, _element.NameStart, _element.NameLength);
                    if (match == KeywordMatch.Exact)
                    {
                        _wordElement[w] = _element.Start;
                    }
                    else if (match == KeywordMatch.Abbreviation)
                    {
                        _wordAbbreviations[w]++;
                        _wordAbbreviation[w] = _wordAbbreviation[w] < 0 ? _element.Start : _wordAbbreviation[w];
                    }
                }
            }

            int misfits = 0;
            for (int w = level; w < line.Count; w++)
            {
                if (_wordElement[w] < 0 && _wordAbbreviations[w] == 1)
                {
                    _wordElement[w] = _wordAbbreviation[w];
                }

                if (_wordElement[w] < 0)
                {
                    misfits++;
                    if (report)
                    {
                        ExplainParameter(syntax, paramStart, line, w);
                    }
                }
            }

            for (int r = 0; r < required; r++)
            {
                bool present = false;
                for (int w = level; w < line.Count && !present; w++)
                {
                    present = _wordElement[w] == _required[r];
                }

                if (!present)
                {
                    misfits++;
                    if (report)
                    {
                        _element.Read(syntax, _required[r]);
                        Fail(CliMessages.ParameterRequired, "Parameter \"" + UpperName(syntax) + "\" is required.");
                    }
                }
            }

            return misfits;
        }

        /// <summary>
        /// Explains why a parameter word fits no element of the entry (CountMisfits found that
        /// it does not): a bare value, an ambiguous or too short abbreviation, or no such name.
        /// </summary>
        private void ExplainParameter(string syntax, int paramStart, CommandLine line, int word)
        {
            string text = line.Text;
            if (line.IsBareValue(word))
            {
                Fail(CliMessages.UnknownParameter, "Unknown parameter \"" + Echo(text, line.ValueStart(word), line.ValueLength(word)) + "\".");
                return;
            }

            int nameStart = line.NameStart(word);
            int nameLength = line.NameLength(word);
            _found = 0;
            int abbreviations = 0;
            int position = 0;
            while (_element.Read(syntax, position))
            {
                position = _element.Next;
                if (_element.Positional || (_element.Start < paramStart && _element.IsKeyword))
                {
                    continue;
                }

                int match = KeywordMatch.Compare(text, nameStart, nameLength, syntax, _element.NameStart, _element.NameLength);
                if (match != KeywordMatch.None && _found < MaxListed)
                {
                    _foundStart[_found] = _element.NameStart;
                    _foundLength[_found] = _element.NameLength;
                    _foundMatch[_found] = match;
                    _found++;
                    abbreviations += match == KeywordMatch.Abbreviation ? 1 : 0;
                }
            }

            ReportParameterMisfit(syntax, text, nameStart, nameLength, abbreviations);
        }

        private void ReportParameterMisfit(string syntax, string text, int nameStart, int nameLength, int abbreviations)
        {
            string word = text.Substring(nameStart, nameLength);
            int kind = abbreviations > 1 ? KeywordMatch.Abbreviation : KeywordMatch.TooShort;
            int listed = 0;
            int last = -1;
            StringBuilder names = new StringBuilder();
            for (int f = 0; f < _found; f++)
            {
                if (_foundMatch[f] == kind)
                {
                    names.Append(listed > 0 ? ", " : string.Empty).Append(syntax, _foundStart[f], _foundLength[f]);
                    listed++;
                    last = f;
                }
            }

            if (listed > 1)
            {
                Fail(CliMessages.AmbiguousParameter, "\"" + word + "\" is ambiguous: " + names.ToString() + ".");
            }
            else if (listed == 1)
            {
                string keyword = syntax.Substring(_foundStart[last], _foundLength[last]);
                string capitals = keyword.Substring(0, KeywordMatch.MinimumLength(keyword, 0, keyword.Length));
                Fail(CliMessages.ParameterTooShort, "\"" + word + "\" is too short for " + keyword + ": type at least \"" + capitals + "\".");
            }
            else
            {
                Fail(CliMessages.UnknownParameter, "Unknown parameter \"" + Echo(text, nameStart, nameLength) + "\".");
            }
        }

        private void FailValue(int error, string syntax, string text, int valueStart, int valueLength)
        {
            string name = UpperName(syntax);
            string value = Echo(text, valueStart, valueLength);
            if (error == CliMessages.OutOfRange)
            {
                Fail(error, "Parameter \"" + name + "\" is out of range (" + _checker.LimitLow.ToString() + "-" + _checker.LimitHigh.ToString() + ").");
            }
            else if (error == CliMessages.InvalidAddress)
            {
                Fail(error, "Value \"" + value + "\" is not a valid IP address for parameter \"" + name + "\".");
            }
            else if (error == CliMessages.InvalidMask)
            {
                Fail(error, "Value \"" + value + "\" is not a valid mask for parameter \"" + name + "\".");
            }
            else if (error == CliMessages.TextTooLong || error == CliMessages.TextTooShort)
            {
                string which = error == CliMessages.TextTooLong ? "long" : "short";
                Fail(error, "Value of parameter \"" + name + "\" is too " + which + " (" + _checker.LimitLow.ToString() + "-" + _checker.LimitHigh.ToString() + " characters).");
            }
            else
            {
                string accepted = _checker.Describe(syntax, _element.SpecStart, _element.SpecLength);
                Fail(CliMessages.InvalidValue, "Value \"" + value + "\" is not valid for parameter \"" + name + "\" (" + accepted + ").");
            }
        }

        private void FailIncomplete(CommandLine line, int level)
        {
            Fail(CliMessages.IncompleteCommand, "Incomplete command \"" + TypedWords(line, level) + "\". Expected: " + NextPathWords() + ".");
        }

        private void FailUnknown(CommandLine line, int level)
        {
            string text = line.Text;
            string word = line.IsBareValue(level)
                ? Echo(text, line.ValueStart(level), line.ValueLength(level))
                : Echo(text, line.NameStart(level), line.NameLength(level));
            if (level == 0)
            {
                Fail(CliMessages.UnknownCommand, "Unknown command \"" + word + "\".");
                return;
            }

            Fail(CliMessages.UnknownKeyword, "Unknown keyword \"" + word + "\" after \"" + TypedWords(line, level) + "\". Expected: " + NextPathWords() + ".");
        }

        /// <summary>The distinct next path words of the live commands, as the syntax writes them.</summary>
        private string NextPathWords()
        {
            StringBuilder names = new StringBuilder();
            _found = 0;
            for (int i = 0; i < _liveCount; i++)
            {
                int e = _live[i];
                if (!_pathDone[e])
                {
                    // The match slot marks positional values here, which are listed as <NAME>.
                    _element.Read(_table[e].Syntax, _cursor[e]);
                    Remember(e, _element.NameStart, _element.NameLength, _element.Positional ? KeywordMatch.TooShort : KeywordMatch.Exact);
                }
            }

            for (int f = 0; f < _found; f++)
            {
                names.Append(f > 0 ? ", " : string.Empty);
                if (_foundMatch[f] == KeywordMatch.TooShort)
                {
                    names.Append('<').Append(_table[_foundEntry[f]].Syntax, _foundStart[f], _foundLength[f]).Append('>');
                }
                else
                {
                    names.Append(_table[_foundEntry[f]].Syntax, _foundStart[f], _foundLength[f]);
                }
            }

            return names.ToString();
        }

        /// <summary>The first <paramref name="words"/> words as typed.</summary>
        private static string TypedWords(CommandLine line, int words)
        {
            if (words == 0)
            {
                return string.Empty;
            }

            int start = line.NameStart(0);
            int last = words - 1;
            int end = line.HasValue(last) || line.IsBareValue(last)
                ? line.ValueStart(last) + line.ValueLength(last)
                : line.NameStart(last) + line.NameLength(last);
            return line.Text.Substring(start, end - start);
        }

        /// <summary>The current element's name in capitals, as messages show parameters.</summary>
        private string UpperName(string syntax)
        {
            StringBuilder name = new StringBuilder(_element.NameLength);
            for (int i = _element.NameStart; i < _element.NameStart + _element.NameLength; i++)
            {
                name.Append(Ascii.ToUpper(syntax[i]));
            }

            return name.ToString();
        }

        /// <summary>Typed text for a message, cut at <see cref="EchoLimit"/> characters.</summary>
        private static string Echo(string text, int start, int length)
        {
            if (length <= EchoLimit)
            {
                return text.Substring(start, length);
            }

            return text.Substring(start, EchoLimit) + "...";
        }

        /// <summary>Keeps the first problem found.</summary>
        private void Fail(int number, string text)
        {
            if (_errorNumber == 0)
            {
                _errorNumber = number;
                _errorText = text;
            }
        }
    }
}
