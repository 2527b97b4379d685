using System.IO;
using GuiAssets;
using NfProjSync;
using Xunit;

/// <summary>src/Router.Gui/Assets/EmbeddedAssets.g.cs is what tools/GuiAssets makes of the asset sources.</summary>
public class GuiAssetsTests
{
    private static readonly string Root = RepoLayout.FindRoot(System.AppContext.BaseDirectory);

    [Fact]
    public void TheEmbeddedAssetsMatchTheirSources()
    {
        string folder = AssetGenerator.AssetsFolder(Root);
        string generated = File.ReadAllText(Path.Combine(folder, AssetGenerator.GeneratedName));
        var problems = AssetGenerator.Problems(folder, generated);
        Assert.True(problems.Count == 0, "EmbeddedAssets.g.cs is stale (run `dotnet run --project tools/GuiAssets`): " + string.Join("; ", problems));
        Assert.Equal(3, AssetGenerator.SourceFiles(folder).Count);
    }

    [Fact]
    public void TheAssetsStaySmall()
    {
        // The GUI's whole static payload, compressed, fits in a few kilobytes of flash.
        AssetGenerator.Generate(AssetGenerator.AssetsFolder(Root), out int sourceBytes, out int compressedBytes);
        Assert.InRange(compressedBytes, 1, 8 * 1024);
        Assert.True(compressedBytes < sourceBytes);
    }

    [Fact]
    public void TheCheckNoticesAChangedAddedOrRemovedAsset()
    {
        string scratch = Path.Combine(Path.GetTempPath(), "guiassets-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            foreach (string file in AssetGenerator.SourceFiles(AssetGenerator.AssetsFolder(Root)))
            {
                File.Copy(file, Path.Combine(scratch, Path.GetFileName(file)));
            }

            string generated = AssetGenerator.Generate(scratch, out _, out _);
            Assert.Empty(AssetGenerator.Problems(scratch, generated));

            File.AppendAllText(Path.Combine(scratch, "app.css"), "p{margin:0}\n");
            Assert.Contains(AssetGenerator.Problems(scratch, generated), p => p.StartsWith("app.css"));

            generated = AssetGenerator.Generate(scratch, out _, out _);
            File.WriteAllText(Path.Combine(scratch, "extra.js"), "'use strict';\n");
            Assert.NotEmpty(AssetGenerator.Problems(scratch, generated));

            File.Delete(Path.Combine(scratch, "extra.js"));
            Assert.Empty(AssetGenerator.Problems(scratch, generated));
            Assert.NotEmpty(AssetGenerator.Problems(scratch, generated.Replace("0x1F, 0x8B", "0x1F, 0x8C")));
        }
        finally
        {
            Directory.Delete(scratch, true);
        }
    }
}
