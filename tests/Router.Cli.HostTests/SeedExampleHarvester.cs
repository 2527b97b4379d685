using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

/// <summary>
/// Collects the command examples a manual introduces with "use the command:".
///
/// Rules:
/// 1. Trigger: a line ending in ':' such that, joined with the line before it (the phrase is
///    often wrapped: "use \n the command:"), the text ends with "use the command(s):" or
///    "using the command(s):".
/// 2. The example is the next non-blank line plus its continuation lines. A line continues
///    the command when the text so far leaves a quote, '[' or '{' open or ends with '|',
///    or when the line's first word holds '=' or starts with '[' or '{' (wrapped
///    parameters). Anything else (prose, headings, the page footer "Software Version
///    2.9.1") ends it. Lines are trimmed and joined with one space.
/// 3. After "commands:" (plural), further blank-separated blocks are examples too while
///    their first word abbreviates one of the manuals' verbs.
/// </summary>
internal static class SeedExampleHarvester
{
    private static readonly string[] Verbs =
    {
        "activate", "add", "create", "delete", "destroy", "disable", "enable", "login", "purge", "reset", "restart", "set", "show",
    };

    private static readonly Regex Trigger = new Regex(@"\b(use|using) the command(s?):$", RegexOptions.IgnoreCase);

    public static List<SeedExample> Harvest(string path)
    {
        string file = Path.GetFileName(path);
        string[] lines = File.ReadAllLines(path);
        var examples = new List<SeedExample>();
        for (int i = 0; i < lines.Length; i++)
        {
            string current = lines[i].Trim();
            if (!current.EndsWith(":", StringComparison.Ordinal))
            {
                continue;
            }

            string joined = Regex.Replace((i > 0 ? lines[i - 1] : string.Empty) + " " + current, @"\s+", " ").Trim();
            Match trigger = Trigger.Match(joined);
            if (!trigger.Success)
            {
                continue;
            }

            bool plural = trigger.Groups[2].Value.Length > 0;
            int next = i + 1;
            bool first = true;
            while (true)
            {
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (next >= lines.Length || (!first && !StartsWithVerb(lines[next])))
                {
                    break;
                }

                int start = next;
                string command = lines[next++].Trim();
                while (next < lines.Length && lines[next].Trim().Length > 0 && Continues(command, lines[next].Trim()))
                {
                    command += " " + lines[next++].Trim();
                }

                examples.Add(new SeedExample(file, start + 1, command));
                first = false;
                if (!plural)
                {
                    break;
                }
            }
        }

        return examples;
    }

    private static bool Continues(string soFar, string line)
    {
        if (Open(soFar) || soFar.EndsWith("|", StringComparison.Ordinal))
        {
            return true;
        }

        string firstWord = line.Split(' ')[0];
        return firstWord.Contains('=') || firstWord.StartsWith("[", StringComparison.Ordinal) || firstWord.StartsWith("{", StringComparison.Ordinal);
    }

    /// <summary>An unclosed quote (any of " “ ”), '[' or '{'.</summary>
    private static bool Open(string text)
    {
        int quotes = text.Count(c => c == '"' || c == '\u201C' || c == '\u201D');
        int squares = text.Count(c => c == '[') - text.Count(c => c == ']');
        int braces = text.Count(c => c == '{') - text.Count(c => c == '}');
        return quotes % 2 == 1 || squares > 0 || braces > 0;
    }

    private static bool StartsWithVerb(string line)
    {
        string word = line.Trim().Split(' ')[0].ToLowerInvariant();
        return word.Length >= 2 && Verbs.Any(v => v.StartsWith(word, StringComparison.Ordinal));
    }
}
