namespace FilingForge.Tests.Support;

/// <summary>
/// A fact that needs real external components: commands on PATH, and optionally a file or folder the install step
/// puts into the repository (<see cref="Requires"/>, such as an npm package). Outside CI it is skipped, with the install
/// hint, when one is missing; under <c>CI=true</c> it always runs, so a missing component fails instead of hiding.
/// Usage: <c>[ToolFact("qpdf", Install = "apt-get install qpdf")]</c>,
/// <c>[ToolFact("node", Requires = "tools/schema-check/node_modules", Install = "...")]</c>.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] commands)
    {
        Commands = commands;
    }

    public string[] Commands { get; }

    public string Install { get; set; } = "";

    /// <summary>A file or folder, relative to the repository root, that must exist as well.</summary>
    public string? Requires { get; set; }

    public override string? Skip
    {
        get
        {
            if (base.Skip is not null || ExternalTool.InCi) return base.Skip;
            var missing = Commands.Where(c => ExternalTool.Find(c) is null)
                .Concat(Requires is { } path && !File.Exists(RepositoryPaths.At(path)) && !Directory.Exists(RepositoryPaths.At(path)) ? [path] : [])
                .ToArray();
            return missing.Length == 0 ? null : $"Not installed: {string.Join(", ", missing)}. Install: {Install}";
        }
        set => base.Skip = value;
    }
}
