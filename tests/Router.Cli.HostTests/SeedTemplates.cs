using System.Linq;
using System.Text.RegularExpressions;

/// <summary>
/// Tells a real example from a template, where the manual shows a form to fill in rather
/// than a command to type. An example is a template when (outside quotes):
/// - it uses the Syntax notation: '[', '{' or '|' ("[other options]", "{on|off}");
/// - it holds the placeholder address "x.x.x.x";
/// - a value or bare word is a metavariable: one of the manuals' placeholder words (name,
///   interface, port, policy_name, filename, password, username, ipadd), or two or more
///   letter-only words joined by '-' (sa-id, secret-key, head-office-internet-address),
///   which the examples never use as literal values.
/// </summary>
internal static class SeedTemplates
{
    private static readonly string[] PlaceholderWords =
    {
        "name", "interface", "port", "policy_name", "filename", "password", "username", "ipadd",
    };

    private static readonly Regex HyphenatedPlaceholder = new Regex(@"^[A-Za-z]+(-[A-Za-z]+)+$");

    /// <summary>Why the example is a template, or null when it is a real command.</summary>
    public static string Reason(string example)
    {
        string bare = Regex.Replace(example, "[\"\u201C\u201D][^\"\u201C\u201D]*[\"\u201C\u201D]", "\"\"");
        if (bare.IndexOfAny(new[] { '[', '{', '|' }) >= 0)
        {
            return "syntax template ([...], {...|...})";
        }

        if (bare.Contains("x.x.x.x"))
        {
            return "placeholder address x.x.x.x";
        }

        foreach (string word in bare.Split(' ').Skip(1))
        {
            int equals = word.IndexOf('=');
            string value = equals >= 0 ? word.Substring(equals + 1) : word;
            if (PlaceholderWords.Contains(value) || HyphenatedPlaceholder.IsMatch(value))
            {
                return "metavariable \"" + value + "\"";
            }
        }

        return null;
    }
}
