using System.Text.RegularExpressions;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Parsing;

/// <summary>The examples of docs/filingforge-markdown.md parse without diagnostics to the IR in the snapshots.</summary>
public partial class SpecExampleTests
{
    public static TheoryData<string> ExampleNames => new(Examples().Keys);

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Spec_example_parses_to_the_expected_ir(string name) =>
        Snapshot.Verify(Parse.Clean(Examples()[name]).Dump, name: $"{nameof(Spec_example_parses_to_the_expected_ir)}.{name}");

    /// <summary>Each fenced <c>~~~ ff-…</c> example of the spec, named by its fence's id.</summary>
    private static Dictionary<string, string> Examples()
    {
        var spec = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "filingforge-markdown.md")).Replace("\r\n", "\n");
        return FencedExample().Matches(spec).ToDictionary(m => m.Groups["id"].Value, m => m.Groups["block"].Value, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"```\n(?<block>~~~ ff-\w+ id=(?<id>[\w-]+)\n.*?\n~~~\n)```", RegexOptions.Singleline)]
    private static partial Regex FencedExample();
}
