using System.Text;
using FilingForge.Cards;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Support;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Tests.Cards;

/// <summary>The sample filing's proxy card laid out once for all card tests, and helpers to run cards into a temp folder.</summary>
public sealed class CardFixture : IDisposable
{
    public static readonly byte[] Key = Encoding.UTF8.GetBytes("test-key-0123456789abcdef");
    public static readonly PdfDocumentInfo Info = new("Proxy card", "Annual meeting", "Capstone", new DateTimeOffset(2003, 4, 1, 0, 0, 0, TimeSpan.Zero));
    public const string Context = "Capstone Turbine Corporation\0 2003-05-14";

    public CardFixture()
    {
        var diagnostics = new DiagnosticBag();
        var options = new BuildOptions
        {
            DataDirectory = RepositoryPaths.SampleData,
            OutputDirectory = Path.Combine(Path.GetTempPath(), "unused"),
            TemplatesDirectory = RepositoryPaths.Templates,
            Documents = ["proxy-card"],
            Formats = ["pdf"],
        };
        var compiler = new FilingCompiler();
        var card = compiler.CompileDocuments(options, diagnostics)!.Single().Document;
        Template = CardTemplate.Create(card, compiler.LoadTheme(RepositoryPaths.Templates, diagnostics)!, diagnostics)
                   ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        Root = Directory.CreateTempSubdirectory("ff-cards-").FullName;
    }

    public CardTemplate Template { get; }
    public string Root { get; }

    public string Register(string name, int holders, int seed = 7)
    {
        var path = Path.Combine(Root, name + ".csv");
        if (!File.Exists(path))
            using (var w = new StreamWriter(path, false, new UTF8Encoding(false))) SyntheticRegister.Write(w, holders, seed);
        return path;
    }

    public string WriteRegister(string name, string content)
    {
        var path = Path.Combine(Root, name + ".csv");
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    public (CardRunResult Result, DiagnosticBag Diagnostics, string Out) Run(string register, string outName, Func<CardRunOptions, CardRunOptions>? configure = null, byte[]? key = null)
    {
        var output = Path.Combine(Root, outName);
        var options = new CardRunOptions(register, output);
        if (configure is not null) options = configure(options);
        var diagnostics = new DiagnosticBag();
        var result = CardRun.Run(Template, Info, key ?? Key, Context, options, diagnostics);
        return (result, diagnostics, output);
    }

    public static List<string[]> Manifest(string path) =>
        File.ReadAllLines(path).Skip(1).Select(l => CsvLine.Split(l)!.ToArray()).ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, true); } catch (IOException) { }
    }
}
