using System;
using System.IO;
using GuiAssets;

// dotnet run --project tools/GuiAssets [--check]
string root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Directory.GetCurrentDirectory())
    ?? throw new InvalidOperationException("not inside the firmware repository");
string folder = AssetGenerator.AssetsFolder(root);
string target = Path.Combine(folder, AssetGenerator.GeneratedName);
string text = AssetGenerator.Generate(folder, out int sourceBytes, out int compressedBytes);
bool check = args.Length > 0 && args[0] == "--check";
string current = File.Exists(target) ? File.ReadAllText(target) : null;
if (check)
{
    var problems = current == null ? new System.Collections.Generic.List<string> { "missing" } : AssetGenerator.Problems(folder, current);
    Console.WriteLine(problems.Count > 0 ? "stale: " + target + ": " + string.Join("; ", problems) : "up to date: " + target);
    return problems.Count > 0 ? 1 : 0;
}

if (current != text)
{
    File.WriteAllText(target, text);
}

Console.WriteLine("GUI assets: " + sourceBytes + " bytes, " + compressedBytes + " gzip-compressed -> " + target);
return 0;

static string FindRoot(string start)
{
    for (DirectoryInfo dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Firmware.Host.slnx")))
        {
            return dir.FullName;
        }
    }

    return null;
}
