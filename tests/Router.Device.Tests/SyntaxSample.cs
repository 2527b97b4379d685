using System.Text;

namespace Router.Device.Tests
{
    /// <summary>
    /// The shortest valid command line for a Syntax line of the command table (Router.Cli's
    /// SyntaxNotation): its keywords in full, every required parameter with a sample value,
    /// optional elements left out. Lets a test walk the whole table without a list of its own.
    /// </summary>
    internal static class SyntaxSample
    {
        public static string LineFor(string syntax)
        {
            StringBuilder line = new StringBuilder();
            string[] elements = syntax.Split(new char[] { ' ' });
            for (int i = 0; i < elements.Length; i++)
            {
                string element = elements[i];
                if (element.Length == 0 || element[0] == '[')
                {
                    continue;
                }

                if (line.Length > 0)
                {
                    line.Append(' ');
                }

                if (element[0] == '<')
                {
                    // <NAME=spec>: a bare value.
                    line.Append(Value(element.Substring(element.IndexOf('=') + 1, element.Length - element.IndexOf('=') - 2)));
                    continue;
                }

                int equals = element.IndexOf('=');
                int optionalValue = element.IndexOf("[=");
                if (equals < 0 || optionalValue >= 0 && optionalValue < equals)
                {
                    // KEYword, or NAMe[=spec] with its value left out.
                    line.Append(Name(optionalValue >= 0 ? element.Substring(0, optionalValue) : element));
                    continue;
                }

                line.Append(Name(element.Substring(0, equals)));
                line.Append('=');
                line.Append(Value(element.Substring(equals + 1)));
            }

            return line.ToString();
        }

        private static string Name(string name)
        {
            return name.ToLower();
        }

        /// <summary>A value the spec accepts: the first alternative, the low end of a range, the shortest text.</summary>
        private static string Value(string spec)
        {
            if (spec.EndsWith(",..."))
            {
                return Value(spec.Substring(0, spec.Length - 4));
            }

            if (spec[0] == '{')
            {
                string first = spec.Substring(1, spec.Length - 2).Split(new char[] { '|' })[0];
                return IsKeyword(first) ? first.ToLower() : Value(first);
            }

            int range = spec.IndexOf("..");
            if (spec.StartsWith("text(") || spec.StartsWith("name("))
            {
                int minimum = int.Parse(spec.Substring(5, range - 5));
                return new string('x', minimum < 1 ? 1 : minimum);
            }

            if (spec.StartsWith("hex("))
            {
                int minimum = int.Parse(spec.Substring(4, range - 4));
                return new string('0', minimum < 2 ? 2 : minimum + minimum % 2);
            }

            if (range > 0)
            {
                return spec.Substring(0, range);
            }

            if (spec == "ipv4" || spec == "ipv4range")
            {
                return "10.0.0.1";
            }

            if (spec == "ipv6" || spec == "ipv6range")
            {
                return "2001:db8::1";
            }

            if (spec == "mask")
            {
                return "255.255.255.0";
            }

            return spec == "bool" ? "yes" : spec;
        }

        /// <summary>An alternative that is a keyword (NOne, ISakmp) rather than a type (1..1024, ipv4range).</summary>
        private static bool IsKeyword(string alternative)
        {
            return alternative.IndexOf("..") < 0 && alternative.IndexOf('(') < 0 && alternative != "ipv4" && alternative != "ipv6"
                && alternative != "ipv4range" && alternative != "ipv6range" && alternative != "mask" && alternative != "bool";
        }
    }
}
