using System.Xml.Linq;
using static FilingForge.Writers.Html.InlineXbrl.InlineXbrlNames;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>Reads the contexts and units of <c>ix:resources</c>. The first of two with the same id wins (the schema reports the duplicate id).</summary>
internal static class InlineXbrlHeaderReader
{
    public static IReadOnlyDictionary<string, InlineContext> Contexts(XDocument document, List<InlineXbrlReadError> errors)
    {
        var contexts = new Dictionary<string, InlineContext>(StringComparer.Ordinal);
        foreach (var element in document.Descendants(Xbrli + "context"))
        {
            var (line, column) = InlineXbrlFactReader.Position(element);
            var id = (string?)element.Attribute("id");
            var period = Period(element.Element(Xbrli + "period"));
            if (id is null || period is null)
            {
                errors.Add(new(InlineXbrlReadErrorKind.Malformed, $"xbrli:context '{id}'", "an id and a period (startDate and endDate, instant or forever)", line, column));
                continue;
            }

            var entity = element.Element(Xbrli + "entity")?.Element(Xbrli + "identifier");
            var dimensions = element.Descendants().Where(e => e.Parent?.Name == Xbrli + "segment" || e.Parent?.Name == Xbrli + "scenario").ToList();
            contexts.TryAdd(id, new InlineContext(
                id, (string?)entity?.Attribute("scheme") ?? "", InlineText.Collapse(entity?.Value ?? ""), period,
                Members(dimensions, Xbrldi + "explicitMember"), Members(dimensions, Xbrldi + "typedMember"), line, column));
        }

        return contexts;
    }

    public static IReadOnlyDictionary<string, InlineUnit> Units(XDocument document, List<InlineXbrlReadError> errors)
    {
        var units = new Dictionary<string, InlineUnit>(StringComparer.Ordinal);
        foreach (var element in document.Descendants(Xbrli + "unit"))
        {
            var (line, column) = InlineXbrlFactReader.Position(element);
            if ((string?)element.Attribute("id") is not { } id)
            {
                errors.Add(new(InlineXbrlReadErrorKind.Malformed, "xbrli:unit without an id", "an id attribute", line, column));
                continue;
            }

            var divide = element.Element(Xbrli + "divide");
            var numerator = divide is null ? element : divide.Element(Xbrli + "unitNumerator");
            var denominator = divide?.Element(Xbrli + "unitDenominator");
            units.TryAdd(id, new InlineUnit(id, Measures(numerator), Measures(denominator), line, column));
        }

        return units;
    }

    private static InlinePeriod? Period(XElement? period)
    {
        if (period is null) return null;
        string? Date(string name) => period.Element(Xbrli + name) is { } e ? e.Value.Trim() : null;
        var result = new InlinePeriod(Date("startDate"), Date("endDate"), Date("instant"), period.Element(Xbrli + "forever") is not null);
        return result.IsInstant || result.IsDuration ? result : null;
    }

    /// <summary>Axis → member: an explicit member's QName, or a typed member's collapsed text.</summary>
    private static IReadOnlyDictionary<string, string> Members(IEnumerable<XElement> dimensions, XName kind)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var member in dimensions.Where(e => e.Name == kind))
            if ((string?)member.Attribute("dimension") is { } axis) members.TryAdd(axis.Trim(), InlineText.Collapse(member.Value));
        return members;
    }

    private static IReadOnlyList<string> Measures(XElement? parent) =>
        parent is null ? [] : parent.Elements(Xbrli + "measure").Select(m => m.Value.Trim()).ToArray();
}
