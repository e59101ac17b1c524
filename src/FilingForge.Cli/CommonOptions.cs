using System.CommandLine;

namespace FilingForge.Cli;

/// <summary>Arguments and options shared by the commands that read a filing.</summary>
internal static class CommonOptions
{
    public const string SampleFiling = "data/capstone-2003";

    public static Argument<string> DataDirectory() => new("DATA_DIR")
    {
        Description = $"Folder of the filing's data files (YAML or JSON). Default: {SampleFiling}, the sample filing.",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => SampleFiling,
    };

    public static Option<bool> WarningsAsErrors() => new("--warnaserror")
    {
        Description = "Treat warnings as errors: the command fails if any warning is reported.",
    };

    public static Option<FileInfo?> Sarif() => new("--sarif")
    {
        Description = "Also write the diagnostics as SARIF 2.1.0 to this file (for CI annotations).",
        HelpName = "FILE",
    };

    public static Option<DirectoryInfo?> Templates() => new("--templates")
    {
        Description = "Templates folder. Default: the templates installed with FilingForge.",
        HelpName = "DIR",
    };

    /// <summary>
    /// The project's own <c>templates/</c> when run inside a filing repository (so that diagnostics point at the files
    /// the team edits), otherwise the templates installed with the tool.
    /// </summary>
    public static string DefaultTemplates()
    {
        if (File.Exists(Path.Combine("templates", "shared", "theme.yaml"))) return "templates";
        return Path.Combine(AppContext.BaseDirectory, "templates");
    }
}
