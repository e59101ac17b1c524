using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Html;

/// <summary>
/// A fact that runs the W3C Nu HTML checker: it needs <c>java</c> on PATH and <c>vnu.jar</c> from the npm package
/// <c>vnu-jar</c> installed into <c>tools/vnu</c>. Like <see cref="ToolFactAttribute"/> it is skipped outside CI when
/// either is missing and fails under <c>CI=true</c>; it is its own attribute because the jar is a file, not a command.
/// </summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public const string Install = "apt-get install default-jre-headless && npm ci --prefix tools/vnu --ignore-scripts";

    public static string JarPath { get; } =
        Path.Combine(RepositoryPaths.Root, "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public override string? Skip
    {
        get
        {
            if (base.Skip is not null || ExternalTool.InCi) return base.Skip;
            if (ExternalTool.Find("java") is null) return $"Not installed: java. Install: {Install}";
            return File.Exists(JarPath) ? null : $"Not installed: {JarPath}. Install: {Install}";
        }
        set => base.Skip = value;
    }
}
