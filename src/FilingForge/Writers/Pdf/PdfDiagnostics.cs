using FilingForge.Diagnostics;

namespace FilingForge.Writers.Pdf;

/// <summary>Diagnostics of the PDF writer: FF6300–FF6399. IDs are permanent; a retired ID is never reused.</summary>
public static class PdfDiagnostics
{
    public static readonly DiagnosticDescriptor FontSubstituted = new(
        "FF6301", Severity.Warning, "Font substituted",
        "font '{0}' ({1}) was not found; using '{2}' instead");

    public static readonly DiagnosticDescriptor MetricCompatibleFontSubstituted = new(
        "FF6304", Severity.Info, "Metric-compatible font substituted",
        "font '{0}' ({1}) was not found; using the metric-compatible '{2}', which sets every line the same");

    // FF6302 (no usable font, an error) is retired: the bundled Liberation Serif is always usable, so a theme naming
    // no font the machine has gets FF6301 instead. The ID is never reused.

    public static readonly DiagnosticDescriptor GlyphMissing = new(
        "FF6303", Severity.Warning, "Character not in any font",
        "no font has a glyph for U+{0:X4}; it is shown as a blank");

    public static readonly DiagnosticDescriptor BelowLegibleSize = new(
        "FF6310", Severity.Warning, "Type below Rule 14a-5(d) minimum",
        "{0} is {1} pt; Rule 14a-5(d) requires at least {2} pt");

    public static readonly DiagnosticDescriptor BoxTallerThanPage = new(
        "FF6350", Severity.Warning, "Boxed section taller than a page",
        "the boxed section '{0}' of {1} is taller than a page, so it cannot be kept together; it is split across pages");

    public static readonly DiagnosticDescriptor CardSideDoesNotFit = new(
        "FF6351", Severity.Error, "Card side does not fit",
        "{0}: side {1} of the card (the {2}) does not fit {3}; shorten its text, or enlarge the card or move its fold (templates/shared/theme.yaml `card:`)");

    public static readonly DiagnosticDescriptor CardHasMoreThanTwoSides = new(
        "FF6352", Severity.Error, "Card with more than two sides",
        "{0} is laid out as a card, which has a front and a reverse, but its page breaks make {1} sides");

    public static readonly DiagnosticDescriptor SecondDetachLine = new(
        "FF6353", Severity.Error, "Second detach line on a card side",
        "{0}: side {1} of the card already has its fold; the detach line '{2}' cannot be a second one");

    public static readonly DiagnosticDescriptor NodeNotRendered = new(
        "FF6330", Severity.Warning, "Node not rendered in PDF",
        "the PDF writer has no layout for a {0}; its text is left out of {1}.pdf");

    public static readonly DiagnosticDescriptor RowTallerThanPage = new(
        "FF6320", Severity.Warning, "Table row taller than a page",
        "a row of table '{0}' is taller than a page; it is split across pages");

    public static readonly DiagnosticDescriptor NoRoomBelowHeader = new(
        "FF6321", Severity.Error, "No room below a table's header",
        "the header of table '{0}' fills a whole page, so a row split across pages has nowhere to go; shorten the header or enlarge the page");
}
