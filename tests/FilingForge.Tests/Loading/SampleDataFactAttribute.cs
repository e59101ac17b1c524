using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// A fact about the sample filing <c>data/capstone-2003/</c>. While the sample is not yet in the repository it is
/// skipped locally; under <c>CI=true</c> it always runs, so a missing sample fails instead of hiding.
/// </summary>
public sealed class SampleDataFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip ?? (ExternalTool.InCi || Directory.Exists(RepositoryPaths.SampleData)
            ? null
            : $"The sample filing {RepositoryPaths.SampleData} does not exist yet.");
        set => base.Skip = value;
    }
}
