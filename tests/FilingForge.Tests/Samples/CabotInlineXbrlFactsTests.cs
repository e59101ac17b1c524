using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Writers.Html.InlineXbrl;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>
/// The Cabot sample's Inline XBRL against the filed document's (issue 14): every fact of the filed proxy statement
/// (<c>cabot-2024/filed-facts.tsv</c>, read from the filing by tools/filed-facts) must be a fact of the generated
/// <c>.htm</c> with the same concept, period, dimensions, unit, decimals and value after its transformation, and the
/// generated document may have no other. Text blocks are compared by their presence: their prose is FilingForge's own.
/// </summary>
public sealed class CabotInlineXbrlFactsTests
{
    private const string TextBlock = "(a text block)";

    [Fact]
    public void Every_fact_of_the_filed_document_is_a_fact_of_the_generated_one_with_the_same_value_and_there_is_no_other()
    {
        var filed = Filed();
        var generated = Generated();

        Assert.Equal(105, filed.Count);
        var missing = Without(filed, generated);
        var extra = Without(generated, filed);
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"filed but not generated ({missing.Count}):\n  {string.Join("\n  ", missing)}\ngenerated but not filed ({extra.Count}):\n  {string.Join("\n  ", extra)}");
    }

    [Fact]
    public void The_generated_document_passes_every_Inline_XBRL_check_and_the_schema()
    {
        var (file, document) = CabotSample.InlineXbrlDocument();
        var diagnostics = new DiagnosticBag();

        new InlineXbrlChecker().Check(file.FileName, file.Content, document.InlineXbrl!.Concepts, diagnostics);

        Assert.Empty(diagnostics.Sorted().Select(d => d.ToString()));
    }

    private static List<string> Filed() =>
        File.ReadAllLines(RepositoryPaths.At("tests/FilingForge.Tests/Samples/cabot-2024/filed-facts.tsv")).Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t'))
            .Select(f => Row(f[0], f[1], f[2], f[3], f[4], f[5].StartsWith("#chars=", StringComparison.Ordinal) ? TextBlock : f[5]))
            .ToList();

    private static List<string> Generated()
    {
        var facts = InlineXbrlFactReader.Read(CabotSample.InlineXbrlDocument().File.Content);
        Assert.Empty(facts.Errors);
        return facts.Facts.Select(fact =>
        {
            var context = facts.Contexts[fact.ContextRef!];
            var period = context.Period.IsInstant ? context.Period.Instant! : $"{context.Period.StartDate}/{context.Period.EndDate}";
            var dimensions = context.ExplicitMembers.Concat(context.TypedMembers).Select(d => $"{d.Key}={d.Value}").Order(StringComparer.Ordinal);
            var unit = fact.UnitRef is { } id ? string.Join("*", facts.Units[id].Measures) : "";
            var value = fact.Escape ? TextBlock : fact.Numeric ? fact.Number!.Value.ToString("0.##########", CultureInfo.InvariantCulture) : fact.Text;
            return Row(fact.Name, period, string.Join(";", dimensions), unit, fact.Decimals ?? "", value);
        }).ToList();
    }

    private static string Row(string concept, string period, string dimensions, string unit, string decimals, string value) =>
        string.Join(" | ", concept, period, dimensions, unit, decimals, value);

    /// <summary>The rows of <paramref name="from"/> left when each row of <paramref name="matched"/> takes away one equal row.</summary>
    private static List<string> Without(List<string> from, List<string> matched)
    {
        var left = from.ToList();
        foreach (var row in matched) left.Remove(row);
        return left;
    }
}
