using System.Text;

namespace Router.Gui
{
    /// <summary>
    /// HTML escaping for text and attribute values (OWASP XSS rule 1 and 2): the five characters that can end a
    /// text node or a quoted attribute become character references; control characters other than tab and line
    /// feed become '?'. Every value from the router (names, command output, certificate fields, log lines) goes
    /// through here before it reaches a page.
    /// </summary>
    public static class HtmlText
    {
        public static string Escape(string text)
        {
            if (text == null)
            {
                return string.Empty;
            }

            if (!NeedsEscaping(text))
            {
                return text;
            }

            StringBuilder escaped = new StringBuilder(text.Length + 16);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                switch (c)
                {
                    case '&':
                        escaped.Append("&amp;");
                        break;
                    case '<':
                        escaped.Append("&lt;");
                        break;
                    case '>':
                        escaped.Append("&gt;");
                        break;
                    case '"':
                        escaped.Append("&quot;");
                        break;
                    case '\'':
                        escaped.Append("&#39;");
                        break;
                    default:
                        escaped.Append(IsControl(c) ? '?' : c);
                        break;
                }
            }

            return escaped.ToString();
        }

        /// <summary>
        /// The escaped text, cut (before escaping, so no character reference is split) to at most
        /// <paramref name="maxLength"/> characters plus a note: the response body is a fixed buffer, and output
        /// full of '&lt;' would grow fourfold.
        /// </summary>
        public static string EscapeWithin(string text, int maxLength)
        {
            string escaped = Escape(text);
            if (escaped.Length <= maxLength)
            {
                return escaped;
            }

            while (escaped.Length > maxLength)
            {
                long keep = (long)text.Length * maxLength / escaped.Length - 1;
                text = text.Substring(0, keep < 0 ? 0 : (int)keep);
                escaped = Escape(text);
            }

            return escaped + "\n[output truncated]";
        }

        private static bool NeedsEscaping(string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'' || IsControl(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsControl(char c)
        {
            return (c < ' ' && c != '\n' && c != '\t') || c == (char)0x7F;
        }
    }
}
