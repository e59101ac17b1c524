using System.CommandLine;
using FilingForge.Diagnostics;
using FilingForge.Review.RollForward;

namespace FilingForge.Cli;

/// <summary><c>filingforge roll-forward FROM TO [--year N]</c>: next year's data folder from this year's, values to re-enter marked <c>!fill-in</c>.</summary>
internal static class RollForwardCommand
{
    public static Command Create()
    {
        var from = new Argument<string>("FROM") { Description = "This year's data folder." };
        var to = new Argument<string>("TO") { Description = "The new data folder to create (must not exist or be empty)." };
        var year = new Option<int?>("--year") { Description = "The new meeting year. Default: this year's meeting year plus one.", HelpName = "N" };
        var command = new Command("roll-forward", "Start next year's filing from this year's data: years shifted, old years dropped, every value to re-enter kept as a placeholder and marked !fill-in, which 'check' reports as warning FF1901.")
        {
            from, to, year,
        };
        command.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(to)!, parse.GetValue(year)));
        return command;
    }

    private static int Run(string from, string to, int? year)
    {
        if (!Directory.Exists(from)) return CommandLine.UsageError($"data folder '{from}' does not exist.");
        if (FilingForge.Compilation.OutputPath.FolderProblem(to) is { } badTarget) return CommandLine.UsageError(badTarget);

        var diagnostics = new DiagnosticBag();
        var result = FilingRollForward.Run(from, to, year, diagnostics);
        var sorted = diagnostics.Sorted();
        DiagnosticReporter.Report(sorted, null);
        if (result is null || diagnostics.HasErrors)
        {
            Console.WriteLine($"roll-forward failed: {DiagnosticReporter.Summary(sorted)}");
            return CommandLine.Failed;
        }

        foreach (var (file, count) in result.MarkedValues) Console.WriteLine($"{file}: {count} value{(count == 1 ? "" : "s")} to fill in");
        Console.WriteLine($"rolled forward {result.FromYear} → {result.ToYear} into {to}; run 'filingforge check {to}' to list every value to fill in");
        return CommandLine.Ok;
    }
}
