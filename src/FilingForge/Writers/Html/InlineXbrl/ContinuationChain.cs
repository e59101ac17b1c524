using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// A text block that the document prints in several places (a footnote of the Pay versus Performance table and the
/// reconciliation tables further on) is one fact: its first fragment is the <c>ix:nonNumeric</c>, each later one an
/// <c>ix:continuation</c>, each naming the next with <c>continuedAt</c>. This counts the fragments beforehand and
/// hands out the ids in document order.
/// </summary>
public sealed class ContinuationChain
{
    private readonly Dictionary<string, int> _fragments;
    private readonly Dictionary<string, int> _written = new(StringComparer.Ordinal);

    public ContinuationChain(FilingDocument document)
    {
        _fragments = DocumentFacts.Tags(document).Where(t => t.Escape)
            .GroupBy(t => t.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    /// <summary>The next fragment of <paramref name="tag"/>: its index (0 is the fact itself), its id and the id it continues at.</summary>
    public (int Index, string Id, string? ContinuedAt) Next(FactTag tag)
    {
        var index = _written.GetValueOrDefault(tag.Id);
        _written[tag.Id] = index + 1;
        var count = _fragments.GetValueOrDefault(tag.Id, 1);
        return (index, FragmentId(tag, index), index + 1 < count ? FragmentId(tag, index + 1) : null);
    }

    public static string FactId(FactTag tag) => "fact-" + tag.Id;

    private static string FragmentId(FactTag tag, int index) =>
        index == 0 ? FactId(tag) : FactId(tag) + "-" + index.ToString(CultureInfo.InvariantCulture);
}
