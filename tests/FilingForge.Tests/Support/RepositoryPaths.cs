namespace FilingForge.Tests.Support;

/// <summary>Locates folders of the repository from the test binary, so tests run from any working directory.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleData => Path.Combine(Root, "data", "capstone-2003");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Schemas => Path.Combine(Root, "schemas");

    /// <summary>A path given relative to the repository root, with '/' separators.</summary>
    public static string At(string relative) => Path.Combine([Root, .. relative.Split('/')]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FilingForge.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("FilingForge.sln not found above the test binary.");
    }
}
