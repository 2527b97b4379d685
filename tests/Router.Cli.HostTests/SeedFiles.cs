using System;
using System.IO;

/// <summary>Finds the specification folder shared/seeds from the test's base directory.</summary>
internal static class SeedFiles
{
    public static string Directory()
    {
        // Walk up: a checkout's parent holds shared/ (/work/main -> /work/shared), and a folder
        // on the way may hold shared/seeds itself.
        for (DirectoryInfo dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared", "seeds");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("no shared/seeds above " + AppContext.BaseDirectory);
    }

    /// <summary>The one seed file whose name starts with <paramref name="prefix"/> ("000_").</summary>
    public static string Find(string prefix)
    {
        string[] matches = System.IO.Directory.GetFiles(Directory(), prefix + "*.txt");
        if (matches.Length != 1)
        {
            throw new FileNotFoundException("expected one seed " + prefix + "*.txt, found " + matches.Length);
        }

        return matches[0];
    }
}
