namespace FilingForge.Benchmarks;

/// <summary>Finds the repository from the benchmark binary (BenchmarkDotNet runs it from a generated folder).</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string SampleData => System.IO.Path.Combine(Path, "data", "capstone-2003");
    public static string Templates => System.IO.Path.Combine(Path, "templates");

    private static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            var dir = new DirectoryInfo(start);
            while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "FilingForge.sln"))) dir = dir.Parent;
            if (dir is not null) return dir.FullName;
        }

        throw new InvalidOperationException("Run the benchmarks from inside the FilingForge repository.");
    }
}
