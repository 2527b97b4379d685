using System.Text;

namespace Router.Gui
{
    /// <summary>
    /// The JSON the API needs, by hand (RFC 8259): string literals escaped for output, and one string member
    /// read from a request body. The reader walks the whole top-level object with bounded nesting and refuses
    /// anything malformed, so a hostile body yields null, never an exception or a partial value.
    /// </summary>
    public static class JsonText
    {
        private const int MaxDepth = 8;

        /// <summary>The text as a JSON string literal, quotes included (RFC 8259 section 7).</summary>
        public static string Quote(string text)
        {
            if (text == null)
            {
                return "null";
            }

            StringBuilder quoted = new StringBuilder(text.Length + 8);
            quoted.Append('"');
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '"':
                        quoted.Append("\\\"");
                        break;
                    case '\\':
                        quoted.Append("\\\\");
                        break;
                    case '\n':
                        quoted.Append("\\n");
                        break;
                    case '\r':
                        quoted.Append("\\r");
                        break;
                    case '\t':
                        quoted.Append("\\t");
                        break;
                    default:
                        // Control characters, and '<' '>' '&' so the JSON is inert even if a browser sniffs it as HTML.
                        if (c < ' ' || c == '<' || c == '>' || c == '&' || c == (char)0x2028 || c == (char)0x2029)
                        {
                            quoted.Append("\\u");
                            quoted.Append(((int)c).ToString("x4"));
                        }
                        else
                        {
                            quoted.Append(c);
                        }

                        break;
                }
            }

            quoted.Append('"');
            return quoted.ToString();
        }

        /// <summary>
        /// The string value of member <paramref name="name"/> of the top-level object in body[offset..+count) (UTF-8),
        /// or null when the body is not one well-formed object or the member is missing or not a string.
        /// </summary>
        public static string ReadStringMember(byte[] body, int offset, int count, string name)
        {
            if (body == null || offset < 0 || count < 0 || offset > body.Length - count)
            {
                return null;
            }

            string text;
            try
            {
                text = Encoding.UTF8.GetString(body, offset, count);
            }
            catch (System.Exception)
            {
                return null;
            }

            JsonCursor cursor = new JsonCursor(text);
            cursor.SkipSpace();
            if (!cursor.Take('{'))
            {
                return null;
            }

            string found = null;
            cursor.SkipSpace();
            if (!cursor.Take('}'))
            {
                while (true)
                {
                    cursor.SkipSpace();
                    string key = cursor.ReadString();
                    cursor.SkipSpace();
                    if (key == null || !cursor.Take(':'))
                    {
                        return null;
                    }

                    cursor.SkipSpace();
                    if (key == name && cursor.Peek() == '"')
                    {
                        found = cursor.ReadString();
                        if (found == null)
                        {
                            return null;
                        }
                    }
                    else if (!cursor.SkipValue(0))
                    {
                        return null;
                    }

                    cursor.SkipSpace();
                    if (cursor.Take('}'))
                    {
                        break;
                    }

                    if (!cursor.Take(','))
                    {
                        return null;
                    }
                }
            }

            cursor.SkipSpace();
            return cursor.AtEnd ? found : null;
        }

        /// <summary>A position in the text being parsed.</summary>
        private sealed class JsonCursor
        {
            private readonly string _text;
            private int _at;

            public JsonCursor(string text)
            {
                _text = text;
            }

            public bool AtEnd
            {
                get { return _at >= _text.Length; }
            }

            public char Peek()
            {
                return _at < _text.Length ? _text[_at] : '\0';
            }

            public bool Take(char c)
            {
                if (_at < _text.Length && _text[_at] == c)
                {
                    _at++;
                    return true;
                }

                return false;
            }

            public void SkipSpace()
            {
                while (_at < _text.Length && (_text[_at] == ' ' || _text[_at] == '\t' || _text[_at] == '\n' || _text[_at] == '\r'))
                {
                    _at++;
                }
            }

            public string ReadString()
            {
                if (!Take('"'))
                {
                    return null;
                }

                StringBuilder value = new StringBuilder();
                while (_at < _text.Length)
                {
                    char c = _text[_at++];
                    if (c == '"')
                    {
                        return value.ToString();
                    }

                    if (c < ' ')
                    {
                        return null;
                    }

                    if (c != '\\')
                    {
                        value.Append(c);
                        continue;
                    }

                    if (_at >= _text.Length)
                    {
                        return null;
                    }

                    char escape = _text[_at++];
                    switch (escape)
                    {
                        case '"':
                        case '\\':
                        case '/':
                            value.Append(escape);
                            break;
                        case 'b':
                            value.Append('\b');
                            break;
                        case 'f':
                            value.Append('\f');
                            break;
                        case 'n':
                            value.Append('\n');
                            break;
                        case 'r':
                            value.Append('\r');
                            break;
                        case 't':
                            value.Append('\t');
                            break;
                        case 'u':
                            int code = ReadHex4();
                            if (code < 0)
                            {
                                return null;
                            }

                            value.Append((char)code);
                            break;
                        default:
                            return null;
                    }
                }

                return null;
            }

            /// <summary>Skips one value of any kind; false when it is malformed or nested deeper than <see cref="MaxDepth"/>.</summary>
            public bool SkipValue(int depth)
            {
                if (depth > MaxDepth)
                {
                    return false;
                }

                char c = Peek();
                if (c == '"')
                {
                    return ReadString() != null;
                }

                if (c == '{' || c == '[')
                {
                    char close = c == '{' ? '}' : ']';
                    _at++;
                    SkipSpace();
                    if (Take(close))
                    {
                        return true;
                    }

                    while (true)
                    {
                        SkipSpace();
                        if (c == '{')
                        {
                            if (ReadString() == null)
                            {
                                return false;
                            }

                            SkipSpace();
                            if (!Take(':'))
                            {
                                return false;
                            }

                            SkipSpace();
                        }

                        if (!SkipValue(depth + 1))
                        {
                            return false;
                        }

                        SkipSpace();
                        if (Take(close))
                        {
                            return true;
                        }

                        if (!Take(','))
                        {
                            return false;
                        }
                    }
                }

                // A number or true/false/null: a run of their characters, at least one.
                int start = _at;
                while (_at < _text.Length && IsScalarChar(_text[_at]))
                {
                    _at++;
                }

                return _at > start;
            }

            private int ReadHex4()
            {
                if (_at > _text.Length - 4)
                {
                    return -1;
                }

                int code = 0;
                for (int i = 0; i < 4; i++)
                {
                    int digit = HexDigit(_text[_at++]);
                    if (digit < 0)
                    {
                        return -1;
                    }

                    code = (code << 4) | digit;
                }

                return code;
            }

            private static bool IsScalarChar(char c)
            {
                return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' || c == '+' || c == '.' || c == 'E';
            }
        }

        internal static int HexDigit(char c)
        {
            if (c >= '0' && c <= '9')
            {
                return c - '0';
            }

            if (c >= 'a' && c <= 'f')
            {
                return c - 'a' + 10;
            }

            if (c >= 'A' && c <= 'F')
            {
                return c - 'A' + 10;
            }

            return -1;
        }
    }
}
