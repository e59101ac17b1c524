namespace FilingForge.Tests.Support;

/// <summary>
/// A fact that needs real external components (commands on PATH). Outside CI it is skipped, with the install hint,
/// when one is missing; under <c>CI=true</c> it always runs, so a missing component fails instead of hiding.
/// Usage: <c>[ToolFact("qpdf", Install = "apt-get install qpdf")]</c>.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] commands)
    {
        Commands = commands;
    }

    public string[] Commands { get; }

    public string Install { get; set; } = "";

    public override string? Skip
    {
        get
        {
            if (base.Skip is not null || ExternalTool.InCi) return base.Skip;
            var missing = Commands.Where(c => ExternalTool.Find(c) is null).ToArray();
            return missing.Length == 0 ? null : $"Not installed: {string.Join(", ", missing)}. Install: {Install}";
        }
        set => base.Skip = value;
    }
}
