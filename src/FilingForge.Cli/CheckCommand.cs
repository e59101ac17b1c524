using System.CommandLine;
using FilingForge.Compilation;
using FilingForge.Diagnostics;

namespace FilingForge.Cli;

/// <summary><c>filingforge check [DATA_DIR]</c>: load, check and compute the filing without writing documents.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var data = CommonOptions.DataDirectory();
        var warnAsError = CommonOptions.WarningsAsErrors();
        var sarif = CommonOptions.Sarif();
        var templates = CommonOptions.Templates();
        var command = new Command("check", "Load and check a filing's data: every rule a reviewing lawyer would apply, reported as diagnostics with file:line:col; and that the templates' tables read only what the filing's profile declares.")
        {
            data, warnAsError, sarif, templates,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(warnAsError), parse.GetValue(sarif),
            parse.GetValue(templates)?.FullName ?? CommonOptions.DefaultTemplates()));
        return command;
    }

    private static int Run(string dataDirectory, bool warningsAsErrors, FileInfo? sarif, string templates)
    {
        if (!Directory.Exists(dataDirectory)) return CommandLine.UsageError($"data folder '{dataDirectory}' does not exist.");
        if (sarif is not null && OutputPath.FileProblem(sarif.ToString()) is { } badSarif) return CommandLine.UsageError(badSarif);

        var diagnostics = new DiagnosticBag();
        var result = FrontEnd.Run(dataDirectory, warningsAsErrors, diagnostics, new StageClock(), templates);
        var sorted = diagnostics.Sorted();
        DiagnosticReporter.Report(sorted, sarif);
        var failed = result.Computed is null || FrontEnd.Fails(diagnostics, warningsAsErrors);
        Console.WriteLine($"check {(failed ? "failed" : "succeeded")}: {DiagnosticReporter.Summary(sorted)}");
        return failed ? CommandLine.Failed : CommandLine.Ok;
    }
}
