using System.Text;
using FilingForge.Cards;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cards;

/// <summary>The Cabot 2024 sample's proxy card, in today's form, personalises like the first sample's.</summary>
public sealed class CabotCardTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ff-cabot-cards-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_holder_of_a_register_gets_a_Cabot_card_with_a_control_number_and_a_line_in_the_manifest()
    {
        var diagnostics = new DiagnosticBag();
        var compiler = new FilingCompiler();
        var options = new BuildOptions
        {
            DataDirectory = RepositoryPaths.At("data/cabot-2024"),
            OutputDirectory = Path.Combine(_root, "unused"),
            TemplatesDirectory = RepositoryPaths.Templates,
            Documents = ["proxy-card"],
            Formats = ["pdf"],
        };
        var card = compiler.CompileDocuments(options, diagnostics)!.Single().Document;
        var template = CardTemplate.Create(card, compiler.LoadTheme(RepositoryPaths.Templates, diagnostics)!, diagnostics);
        Assert.True(template is not null, string.Join("\n", diagnostics.Items));
        var register = Path.Combine(_root, "holders.csv");
        using (var writer = new StreamWriter(register, false, new UTF8Encoding(false))) SyntheticRegister.Write(writer, 25, 3);

        var output = Path.Combine(_root, "cards");
        var result = CardRun.Run(template!, CardFixture.Info, CardFixture.Key, "Cabot Corporation\0 2024-01-26", new CardRunOptions(register, output), diagnostics);

        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Items));
        Assert.Equal(25, result.Cards);
        var manifest = CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv"));
        Assert.Equal(25, manifest.Count);
        Assert.Equal(25, manifest.Select(row => row[1]).Distinct().Count());
    }
}
