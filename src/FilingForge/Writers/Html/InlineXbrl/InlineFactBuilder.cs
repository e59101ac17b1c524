using System.Globalization;
using System.Text;
using System.Xml.Linq;
using static FilingForge.Writers.Html.InlineXbrl.InlineXbrlNames;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>Turns the ix:nonFraction and ix:nonNumeric elements of one document into facts, in document order.</summary>
internal sealed class InlineFactBuilder(XDocument document, List<InlineXbrlReadError> errors)
{
    private readonly Dictionary<string, XElement> _continuations = document.Descendants(Continuation)
        .Where(e => e.Attribute("id") is not null)
        .GroupBy(e => (string)e.Attribute("id")!, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    /// <summary>Every continuation some chain has reached: a second arrival is an error, and ends a loop.</summary>
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);

    public IReadOnlyList<InlineFact> Build() =>
        document.Descendants().Where(e => e.Name == NonFraction || e.Name == NonNumeric)
            .Select(Fact).OfType<InlineFact>().ToArray();

    private InlineFact? Fact(XElement element)
    {
        var (line, column) = InlineXbrlFactReader.Position(element);
        var name = ((string?)element.Attribute("name"))?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new(InlineXbrlReadErrorKind.Malformed, $"{Describe(element)} without a name", "a name attribute naming its concept", line, column));
            return null;
        }

        var numeric = element.Name == NonFraction;
        var format = Format(element);
        var nil = IsTrue((string?)element.Attribute(Xsi + "nil"));
        var printed = new StringBuilder();
        InlineText.Append(element, printed);
        if (!numeric) FollowContinuations(element, printed);
        var text = InlineText.Collapse(printed.ToString());
        var fact = new InlineFact(
            numeric, name, Attribute(element, "contextRef"), Attribute(element, "unitRef"), Attribute(element, "decimals"),
            Attribute(element, "scale"), format.Written, format.Namespace, Attribute(element, "sign"),
            IsTrue((string?)element.Attribute("escape")), nil, element.Ancestors(Hidden).Any(),
            Attribute(element, "id"), Attribute(element, "continuedAt"), null, text, line, column);
        return nil ? fact : Transform(fact, format.LocalName);
    }

    /// <summary>Appends the text of each <c>ix:continuation</c> the chain from <paramref name="start"/> reaches.</summary>
    private void FollowContinuations(XElement start, StringBuilder text)
    {
        var from = start;
        while (Attribute(from, "continuedAt") is { } id)
        {
            var (line, column) = InlineXbrlFactReader.Position(from);
            if (!_continuations.TryGetValue(id, out var next))
            {
                errors.Add(new(InlineXbrlReadErrorKind.MissingContinuation, $"continuedAt '{id}' on {Describe(from)}", "the id of an ix:continuation", line, column));
                return;
            }

            if (!_reached.Add(id))
            {
                errors.Add(new(InlineXbrlReadErrorKind.ContinuationReachedTwice, $"ix:continuation '{id}', reached again from {Describe(from)}", "each continuation in exactly one chain, once", line, column));
                return;
            }

            InlineText.Append(next, text);
            from = next;
        }
    }

    /// <summary>Applies the format, then for a number its scale and sign; what cannot be read is reported and leaves the value empty.</summary>
    private InlineFact Transform(InlineFact fact, string? formatLocalName)
    {
        var value = fact.Text;
        if (fact.Format is not null)
        {
            if (formatLocalName is null || !InlineTransformations.IsKnown(fact.FormatNamespace, formatLocalName))
            {
                Report(InlineXbrlReadErrorKind.UnknownFormat, fact, $"format '{fact.Format}' (namespace '{fact.FormatNamespace}')",
                    $"one of ixt:{string.Join(", ixt:", InlineTransformations.Supported)} in {InlineTransformations.Namespace}");
                return fact;
            }

            if (InlineTransformations.Apply(formatLocalName, value) is not { } transformed)
            {
                Report(InlineXbrlReadErrorKind.UnreadableValue, fact, $"'{fact.Text}'", $"text {fact.Format} can read");
                return fact;
            }

            value = transformed;
        }

        return fact.Numeric ? WithNumber(fact, value) : fact with { Text = value };
    }

    private InlineFact WithNumber(InlineFact fact, string value)
    {
        if (!decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            Report(InlineXbrlReadErrorKind.UnreadableValue, fact, $"'{fact.Text}'", fact.Format is null ? "an xsd:decimal (or a format that reads this text)" : $"a number after {fact.Format}");
            return fact;
        }

        if (Scaled(number, fact.Scale) is not { } scaled)
        {
            Report(InlineXbrlReadErrorKind.UnreadableValue, fact, $"scale '{fact.Scale}' on '{fact.Text}'", "an integer scale within the range of a decimal");
            return fact;
        }

        return fact with { Number = fact.Sign == "-" ? -scaled : scaled };
    }

    /// <summary><paramref name="number"/> × 10^scale; null when the scale is no integer or the result overflows.</summary>
    private static decimal? Scaled(decimal number, string? scale)
    {
        if (scale is null) return number;
        if (!int.TryParse(scale, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent) || Math.Abs(exponent) > 28) return null;
        try
        {
            for (var i = 0; i < Math.Abs(exponent); i++) number = exponent > 0 ? number * 10 : number / 10;
            return number;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private void Report(InlineXbrlReadErrorKind kind, InlineFact fact, string subject, string detail) =>
        errors.Add(new(kind, $"{subject} of {fact.Name}", detail, fact.Line, fact.Column));

    /// <summary>The format as written, its prefix's namespace and its local name.</summary>
    private static (string? Written, string? Namespace, string? LocalName) Format(XElement element)
    {
        if (Attribute(element, "format") is not { } written) return (null, null, null);
        var colon = written.IndexOf(':');
        var prefix = colon < 0 ? "" : written[..colon];
        var ns = prefix.Length == 0 ? element.GetDefaultNamespace() : element.GetNamespaceOfPrefix(prefix);
        return (written, ns?.NamespaceName, written[(colon + 1)..]);
    }

    private static string? Attribute(XElement element, string name) => ((string?)element.Attribute(name))?.Trim();

    private static bool IsTrue(string? value) => value?.Trim() is "true" or "1";

    private static string Describe(XElement element) =>
        $"{(element.Name.Namespace == Ix ? "ix:" : "")}{element.Name.LocalName}" + (element.Attribute("id") is { } id ? $" '{id.Value}'" : "");
}
