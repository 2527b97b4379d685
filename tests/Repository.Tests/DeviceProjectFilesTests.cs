using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NfProjSync;
using Xunit;

public class DeviceProjectFilesTests
{
    private static readonly string Root = RepoLayout.FindRoot(System.AppContext.BaseDirectory);
    private static readonly XNamespace Ms = "http://schemas.microsoft.com/developer/msbuild/2003";

    public static IEnumerable<object[]> FirmwareLibraries =>
        Directory.GetDirectories(Path.Combine(Root, "src")).Select(d => new object[] { Path.GetFileName(d) });

    [Fact]
    public void DeviceFilesAreUpToDateWithTheHostProjects()
    {
        List<string> stale = DeviceFiles.Sync(Root, checkOnly: true);
        Assert.True(stale.Count == 0, "stale device files (run `dotnet run --project tools/NfProjSync`): " + string.Join(", ", stale));
    }

    [Theory]
    [MemberData(nameof(FirmwareLibraries))]
    public void EveryLibraryHasBothProjectFilesAndTheDeviceAssemblyInfo(string library)
    {
        string folder = Path.Combine(Root, "src", library);
        Assert.True(File.Exists(Path.Combine(folder, library + ".csproj")), library + ".csproj");
        Assert.True(File.Exists(Path.Combine(folder, library + ".nfproj")), library + ".nfproj");
        Assert.True(File.Exists(Path.Combine(folder, "packages.config")), "packages.config");
        Assert.True(File.Exists(Path.Combine(folder, "Properties", "AssemblyInfo.cs")), "Properties/AssemblyInfo.cs");
    }

    [Theory]
    [MemberData(nameof(FirmwareLibraries))]
    public void EverySourceFileIsCompiledByBothProjects(string library)
    {
        string folder = Path.Combine(Root, "src", library);
        string csproj = File.ReadAllText(Path.Combine(folder, library + ".csproj"));

        // The host project globs its folder: it must not opt out of that or remove files from it.
        Assert.DoesNotContain("EnableDefaultCompileItems", csproj);
        Assert.DoesNotContain("Compile Remove", csproj);

        List<string> onDisk = RepoLayout.SourceFiles(folder);
        List<string> inNfproj = XDocument.Load(Path.Combine(folder, library + ".nfproj"))
            .Descendants(Ms + "Compile").Select(c => (string)c.Attribute("Include")).OrderBy(s => s, System.StringComparer.Ordinal).ToList();
        Assert.Equal(onDisk, inNfproj);
    }

    [Fact]
    public void EveryPackagesConfigUsesThePinnedVersions()
    {
        PackageCatalog catalog = PackageCatalog.Load(Root);
        string[] configs = Directory.GetFiles(Root, "packages.config", SearchOption.AllDirectories)
            .Where(p => !p.Contains(Path.DirectorySeparatorChar + "artifacts" + Path.DirectorySeparatorChar)).ToArray();
        Assert.NotEmpty(configs);
        foreach (string config in configs)
        {
            foreach (XElement package in XDocument.Load(config).Descendants("package"))
            {
                Assert.Equal(catalog[(string)package.Attribute("id")].Version, (string)package.Attribute("version"));
            }
        }
    }

    [Fact]
    public void TheCheckNoticesAFileMissingFromTheDeviceProject()
    {
        // Prove the check can fail, on a scratch copy of the layout: a new source file makes the device project stale.
        string scratch = Path.Combine(Path.GetTempPath(), "nfprojsync-" + System.Guid.NewGuid().ToString("N"));
        try
        {
            CopyFolder(Path.Combine(Root, "nfproj-settings"), Path.Combine(scratch, "nfproj-settings"));
            CopyFolder(Path.Combine(Root, "src", "Router.Core"), Path.Combine(scratch, "src", "Router.Core"));
            Directory.CreateDirectory(Path.Combine(scratch, "tests"));
            DeviceFiles.Sync(scratch, checkOnly: false);
            Assert.Empty(DeviceFiles.Sync(scratch, checkOnly: true));

            File.WriteAllText(Path.Combine(scratch, "src", "Router.Core", "Probe.cs"), "namespace Router.Core { internal static class Probe { } }\n");
            Assert.Equal(new[] { Path.Combine("src", "Router.Core", "Router.Core.nfproj") }, DeviceFiles.Sync(scratch, checkOnly: true));
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin", System.StringComparison.Ordinal) || relative.StartsWith("obj", System.StringComparison.Ordinal))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative)));
            File.Copy(file, Path.Combine(to, relative));
        }
    }
}
