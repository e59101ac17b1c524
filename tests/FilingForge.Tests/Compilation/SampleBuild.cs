using FilingForge.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Compilation;

/// <summary>One build of the sample filing per test run, shared by the tests that only read its outputs.</summary>
public sealed class SampleBuild
{
    public SampleBuild()
    {
        // One folder per fixture instance: test classes sharing this fixture type run in parallel.
        OutputDirectory = Path.Combine(Path.GetTempPath(), "filingforge-sample-" + Guid.NewGuid().ToString("N"));
        Result = Build(OutputDirectory);
    }

    public string OutputDirectory { get; }

    public BuildResult Result { get; }

    public static BuildOptions Options(string output, string? data = null) => new()
    {
        DataDirectory = data ?? RepositoryPaths.SampleData,
        OutputDirectory = output,
        TemplatesDirectory = RepositoryPaths.Templates,
    };

    public static BuildResult Build(string output, string? data = null) => new FilingCompiler().Build(Options(output, data));
}
