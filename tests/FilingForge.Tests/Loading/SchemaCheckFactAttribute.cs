using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// A fact that runs the Ajv schema validator: it needs <c>node</c> on PATH and the packages of
/// <c>tools/schema-check</c> installed (<c>npm ci</c> there). Like <see cref="ToolFactAttribute"/> (which it extends
/// with the package check, since that attribute is sealed), it skips with what to install outside CI and never skips
/// under <c>CI=true</c>, where a missing component is a failure.
/// </summary>
public sealed class SchemaCheckFactAttribute : FactAttribute
{
    public const string NodeInstall = "apt-get install nodejs npm";
    public const string PackagesInstall = "cd tools/schema-check && npm ci";

    public static string PackagesDirectory => Path.Combine(RepositoryPaths.Root, "tools", "schema-check", "node_modules");

    public override string? Skip
    {
        get
        {
            if (base.Skip is not null || ExternalTool.InCi) return base.Skip;
            if (ExternalTool.Find("node") is null) return $"Not installed: node. Install: {NodeInstall}";
            return Directory.Exists(PackagesDirectory) ? null : $"Schema-check packages not installed. Install: {PackagesInstall}";
        }
        set => base.Skip = value;
    }
}
