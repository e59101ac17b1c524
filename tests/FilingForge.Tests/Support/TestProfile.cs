using FilingForge.Diagnostics;
using FilingForge.Profiles;

namespace FilingForge.Tests.Support;

/// <summary>The profile a filing without <c>filing.yaml</c> is read with, read once for the tests that load one data file.</summary>
public static class TestProfile
{
    public static Profile Default { get; } =
        ProfileReader.Read(RepositoryPaths.At("profiles/" + ProfileCatalog.DefaultProfile), new DiagnosticBag())!;

    /// <summary>Today's form, which the Cabot 2024 sample is written in.</summary>
    public static Profile Current { get; } =
        ProfileReader.Read(RepositoryPaths.At("profiles/schedule-14a-2022"), new DiagnosticBag())!;
}
