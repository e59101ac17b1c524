using System.CommandLine;
using System.Globalization;
using System.Text;
using FilingForge.Cards;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Writers.Pdf.Format;
using Spectre.Console;

namespace FilingForge.Cli;

/// <summary>
/// <c>filingforge cards</c>: one personalised proxy card per holder of record, and <c>cards generate-register</c> for
/// synthetic registers. The control-number key comes from <see cref="ControlNumberGenerator.KeyVariable"/> and nothing
/// here prints a key or a number: the console gets counts, file names and diagnostics only.
/// </summary>
internal static class CardsCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataDirectory();
        var holders = new Option<string>("--holders") { Description = "The holder register (CSV: holder_id,name_1,name_2,address_1,address_2,address_3,shares).", HelpName = "FILE", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Output folder for the card PDFs and the manifest.", HelpName = "OUT", Required = true };
        var volume = new Option<int>("--volume-size") { Description = "Split the cards into PDF volumes of N cards for the printer (0: one file).", HelpName = "N" };
        var perHolder = new Option<bool>("--per-holder") { Description = "Write one PDF per holder (OUT/holders/<id>.pdf) instead." };
        var shard = new Option<string>("--shard") { Description = "Produce the K-th of N contiguous parts of the register (for a CI matrix or Kubernetes indexed jobs).", HelpName = "K/N", DefaultValueFactory = _ => "1/1" };
        var onBadRow = new Option<string>("--on-bad-row") { Description = "skip (default): bad register rows are warnings and get no card; fail: any bad row fails the run before anything is written.", DefaultValueFactory = _ => "skip" };
        onBadRow.AcceptOnlyFromAmong("skip", "fail");
        var templates = CommonOptions.Templates();
        var sarif = CommonOptions.Sarif();
        var command = new Command("cards", $"Personalised proxy cards for every holder of record: name, address, shares and a control number derived from the secret key in {ControlNumberGenerator.KeyVariable}, plus a manifest CSV for the printer.")
        {
            data, holders, output, volume, perHolder, shard, onBadRow, templates, sarif,
        };
        command.Subcommands.Add(GenerateRegisterCommand());
        command.SetAction(parse =>
        {
            if (!ShardSpec.TryParse(parse.GetValue(shard)!, out var shardSpec)) return CommandLine.UsageError($"--shard must be K/N with 1 <= K <= N, not '{parse.GetValue(shard)}'.");
            if (parse.GetValue(volume) < 0) return CommandLine.UsageError("--volume-size must not be negative.");
            if (parse.GetValue(volume) > 0 && parse.GetValue(perHolder))
                return CommandLine.UsageError("--volume-size and --per-holder exclude each other: volumes bind many cards in one file, --per-holder writes one file per holder.");
            var options = new CardRunOptions(parse.GetValue(holders)!, parse.GetValue(output)!)
            {
                VolumeSize = parse.GetValue(volume),
                PerHolder = parse.GetValue(perHolder),
                Shard = shardSpec,
                FailOnBadRow = parse.GetValue(onBadRow) == "fail",
            };
            return Run(parse.GetValue(data)!, options, parse.GetValue(templates), parse.GetValue(sarif));
        });
        return command;
    }

    private static Command GenerateRegisterCommand()
    {
        var count = new Argument<int>("N") { Description = "Number of holders." };
        var output = new Option<string>("--output", "-o") { Description = "Register file to write.", HelpName = "FILE", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same register).", DefaultValueFactory = _ => 2003 };
        var command = new Command("generate-register", "Write a synthetic holder register of N holders (joint accounts and non-ASCII names included) for tests and benchmarks.")
        {
            count, output, seed,
        };
        command.SetAction(parse =>
        {
            var n = parse.GetValue(count);
            if (n < 0) return CommandLine.UsageError("N must not be negative.");
            var path = parse.GetValue(output)!;
            if (OutputPath.FileProblem(path) is { } badOutput) return CommandLine.UsageError(badOutput);
            using (var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16)) SyntheticRegister.Write(writer, n, parse.GetValue(seed));
            Console.WriteLine($"wrote {n.ToString(CultureInfo.InvariantCulture)} holders to {path}");
            return CommandLine.Ok;
        });
        return command;
    }

    private static int Run(string dataDirectory, CardRunOptions options, DirectoryInfo? templates, FileInfo? sarif)
    {
        if (!Directory.Exists(dataDirectory)) return CommandLine.UsageError($"data folder '{dataDirectory}' does not exist.");
        if (Directory.Exists(options.RegisterPath)) return CommandLine.UsageError($"holder register '{options.RegisterPath}' is a folder; give the register's CSV file.");
        if (!File.Exists(options.RegisterPath)) return CommandLine.UsageError($"holder register '{options.RegisterPath}' does not exist.");
        if (OutputPath.FolderProblem(options.OutputDirectory) is { } badOutput) return CommandLine.UsageError(badOutput);
        if (sarif is not null && OutputPath.FileProblem(sarif.ToString()) is { } badSarif) return CommandLine.UsageError(badSarif);
        var diagnostics = new DiagnosticBag();
        var key = ControlNumberGenerator.KeyFromEnvironment();
        if (key is null)
        {
            diagnostics.Report(CardDiagnostics.MissingKey, SourceLocation.None, ControlNumberGenerator.KeyVariable);
            return Finish(diagnostics, sarif, null, options);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        var compiler = new FilingCompiler();
        var build = new BuildOptions
        {
            DataDirectory = dataDirectory,
            OutputDirectory = options.OutputDirectory,
            TemplatesDirectory = templates?.FullName ?? CommonOptions.DefaultTemplates(),
            Documents = ["proxy-card"],
            Formats = ["pdf"],
        };
        var card = compiler.CompileDocuments(build, diagnostics)?.FirstOrDefault()?.Document;
        var theme = card is null ? null : compiler.LoadTheme(build.TemplatesDirectory, diagnostics);
        if (card is null || theme is null)
        {
            if (!diagnostics.HasErrors) diagnostics.Report(CardDiagnostics.NoProxyCard, SourceLocation.None);
            return Finish(diagnostics, sarif, null, options);
        }

        var template = CardTemplate.Create(card, theme, diagnostics);
        if (template is null) return Finish(diagnostics, sarif, null, options);
        var p = card.Properties;
        var info = new PdfDocumentInfo(p.Title + " (personalised)", p.Subject, p.Author.Length > 0 ? p.Author : p.Company, CreationDate(p.Date));
        var context = $"{p.Company}\0{p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        var result = CardProgress.Run((report) => CardRun.Run(template, info, key, context, options, diagnostics, report));
        var summary = Finish(diagnostics, sarif, result, options);
        if (result.Succeeded)
            Console.WriteLine($"  {result.Cards.ToString(CultureInfo.InvariantCulture)} cards in {started.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s");
        return summary;
    }

    private static int Finish(DiagnosticBag diagnostics, FileInfo? sarif, CardRunResult? result, CardRunOptions options)
    {
        DiagnosticReporter.Report(diagnostics.Items, sarif);
        var ok = result is { Succeeded: true } && !diagnostics.HasErrors;
        Console.WriteLine(ok
            ? $"cards succeeded: {result!.Cards.ToString(CultureInfo.InvariantCulture)} cards (shard {options.Shard} of {result.ValidHolders.ToString(CultureInfo.InvariantCulture)} holders) in {result.Files.ToString(CultureInfo.InvariantCulture)} PDF file(s) and {Path.GetFileName(options.ManifestPath)} in {options.OutputDirectory}; {result.BadRows.ToString(CultureInfo.InvariantCulture)} bad row(s), {result.Collisions.ToString(CultureInfo.InvariantCulture)} control-number collision(s) resolved; {DiagnosticReporter.Summary(diagnostics.Items)}"
            : $"cards failed: {DiagnosticReporter.Summary(diagnostics.Items)}; nothing written");
        return ok ? CommandLine.Ok : CommandLine.Failed;
    }

    private static DateTimeOffset CreationDate(DateOnly documentDate)
    {
        var epoch = Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH");
        if (long.TryParse(epoch, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds)) return DateTimeOffset.FromUnixTimeSeconds(seconds);
        return new DateTimeOffset(documentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }

}
