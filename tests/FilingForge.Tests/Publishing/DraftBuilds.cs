using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Compilation;

namespace FilingForge.Tests.Publishing;

/// <summary>The sample filing compiled once as a draft and once as a final build, in memory, shared by the stamp tests.</summary>
public sealed class DraftBuilds
{
    public static readonly DraftLabel Label = new(new DateOnly(2026, 11, 21), "abc1234");
    public const string Stamp = "DRAFT \u2014 2026-11-21 \u2014 rev abc1234";
    public const string AsciiStamp = "DRAFT -- 2026-11-21 -- rev abc1234";

    public DraftBuilds()
    {
        Draft = Compile(Label);
        Final = Compile(null);
    }

    public IReadOnlyList<OutputFile> Draft { get; }
    public IReadOnlyList<OutputFile> Final { get; }

    private static IReadOnlyList<OutputFile> Compile(DraftLabel? draft)
    {
        var diagnostics = new DiagnosticBag();
        var options = SampleBuild.Options(Path.Combine(Path.GetTempPath(), "filingforge-unused")) with { Draft = draft, WarningsAsErrors = true };
        var outputs = new FilingCompiler().Compile(options, diagnostics);
        Assert.True(outputs is not null, string.Join("\n", diagnostics.Sorted()));
        return outputs!;
    }
}
