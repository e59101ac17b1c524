using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// The contexts of a document's facts, each distinct period and set of dimensions once, in the order of first use,
/// with an id that says what it is (<c>D20221001-20230930_PeoMember_ReportedValueOfEquityAwardsMember</c>) so that a
/// reviewer reading a diff of the source sees which context a fact moved to.
/// </summary>
public sealed class FactContexts
{
    private readonly Dictionary<FactContext, string> _ids = new();
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly List<FactContext> _ordered = [];

    public static FactContexts Of(FilingDocument document)
    {
        var contexts = new FactContexts();
        foreach (var tag in DocumentFacts.WithHidden(document)) contexts.IdOf(tag.Context);
        return contexts;
    }

    public IReadOnlyList<FactContext> All => _ordered;

    public string IdOf(FactContext context)
    {
        if (_ids.TryGetValue(context, out var id)) return id;
        var name = Describe(context);
        id = name;
        for (var n = 2; !_taken.Add(id); n++) id = name + "_" + n.ToString(CultureInfo.InvariantCulture);
        _ids[context] = id;
        _ordered.Add(context);
        return id;
    }

    private static string Describe(FactContext context)
    {
        var period = context.Period.Start is { } start
            ? $"D{start:yyyyMMdd}-{context.Period.End:yyyyMMdd}"
            : $"I{context.Period.End:yyyyMMdd}";
        return context.Dimensions.Aggregate(period, (id, d) => id + "_" + (d.IsTyped ? Local(d.Axis) + d.Member : Local(d.Member)));
    }

    private static string Local(string qname) => qname[(qname.IndexOf(':') + 1)..];
}
