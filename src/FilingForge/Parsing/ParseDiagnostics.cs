using FilingForge.Diagnostics;

namespace FilingForge.Parsing;

/// <summary>
/// Diagnostics of the Parse stage: FF5200–FF5299. IDs are permanent; a retired ID is never reused.
/// Each names what was found and what the dialect (docs/filingforge-markdown.md) expects instead.
/// </summary>
public static class ParseDiagnostics
{
    // Markdown outside the dialect (FF5200–FF5219).
    public static readonly DiagnosticDescriptor RawHtml = new(
        "FF5200", Severity.Error, "Raw HTML",
        "raw HTML '{0}' is not part of FilingForge Markdown; it is set as text (escape '<' as '\\<')");

    public static readonly DiagnosticDescriptor PipeTable = new(
        "FF5201", Severity.Warning, "Hand-typed pipe table",
        "this paragraph looks like a Markdown pipe table; tables come from table definitions (~~~ ff-table), so it is set as text");

    public static readonly DiagnosticDescriptor ExternalLink = new(
        "FF5202", Severity.Error, "Link target outside the document",
        "link target '{0}' is not an internal '#id' link (EDGAR allows no other); the link is set as text");

    public static readonly DiagnosticDescriptor Image = new(
        "FF5203", Severity.Error, "Image",
        "image '{0}' is not part of FilingForge Markdown; its description is set as text");

    public static readonly DiagnosticDescriptor UnknownDirective = new(
        "FF5204", Severity.Error, "Unknown directive",
        "unknown directive '@@{0}'; expected pagebreak, toc, checkboxes, signature or detach; the line is set as text");

    public static readonly DiagnosticDescriptor InvalidDirectiveArgument = new(
        "FF5205", Severity.Error, "Invalid directive argument",
        "@@{0}: {1}");

    public static readonly DiagnosticDescriptor UnclosedFence = new(
        "FF5206", Severity.Error, "Unclosed fenced block",
        "'{0}' opened here is never closed; add a closing '{1}' line");

    public static readonly DiagnosticDescriptor UnknownFence = new(
        "FF5207", Severity.Error, "Unknown fenced block",
        "fenced block '{0}' is not part of FilingForge Markdown (expected ff-table or ff-chart); its lines are set as text");

    public static readonly DiagnosticDescriptor UnsupportedMarkdown = new(
        "FF5208", Severity.Warning, "Markdown outside the dialect",
        "{0} is not part of FilingForge Markdown; {1}");

    public static readonly DiagnosticDescriptor HeadingLevel = new(
        "FF5209", Severity.Warning, "Heading level",
        "heading level {0} is deeper than 3, the deepest the dialect has; it is set as level 3");

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "FF5210", Severity.Error, "Duplicate id",
        "id '{0}' is already used in this document; this one is renamed '{1}'");

    public static readonly DiagnosticDescriptor UnknownClass = new(
        "FF5211", Severity.Warning, "Unknown attribute class",
        "class '.{0}' has no meaning here; expected {1}");

    public static readonly DiagnosticDescriptor UnknownLinkTarget = new(
        "FF5212", Severity.Error, "Link to nothing",
        "link target '#{0}' names no heading, table or chart of this document");

    public static readonly DiagnosticDescriptor InvalidSection = new(
        "FF5213", Severity.Error, "Invalid section container",
        "'::: {0}' is not a section; expected '::: section NAME STYLE' with STYLE plain, boxed or newpage");

    public static readonly DiagnosticDescriptor UnclosedSection = new(
        "FF5214", Severity.Error, "Unclosed section",
        "section '{0}' opened here is never closed; add a closing ':::' line");

    public static readonly DiagnosticDescriptor UnreadAttributes = new(
        "FF5215", Severity.Error, "Attribute block not understood",
        "'{0}' was not read as attributes and stays in the text; write {{#id}} (at least two characters: letters, digits, '-', '_') or {{.class}}, or escape the brace as '\\{{'");

    public static readonly DiagnosticDescriptor NestedTooDeeply = new(
        "FF5216", Severity.Error, "Nested too deeply",
        "the Markdown nests lists, quotes or brackets too deeply for the parser ({0}); the text is set as plain text");

    // ff-table (FF5220–FF5239).
    public static readonly DiagnosticDescriptor TableUnknownLine = new(
        "FF5220", Severity.Error, "Unknown table line",
        "'{0}' is not a table line; expected caption:, column:, header:, row N:, total: or note MARKER:");

    public static readonly DiagnosticDescriptor TableInvalidColumn = new(
        "FF5221", Severity.Error, "Invalid table column",
        "column '{0}': {1}");

    public static readonly DiagnosticDescriptor TableRowWidth = new(
        "FF5222", Severity.Error, "Row does not fill the columns",
        "{0} row fills {1} column positions but the table has {2} columns");

    public static readonly DiagnosticDescriptor TableInvalidCellAttributes = new(
        "FF5223", Severity.Error, "Invalid cell attributes",
        "cell attributes '{0}': {1}");

    public static readonly DiagnosticDescriptor TableNoColumns = new(
        "FF5224", Severity.Error, "Table without columns",
        "table '{0}' declares no 'column:' lines");

    public static readonly DiagnosticDescriptor TableRowSpanOverflow = new(
        "FF5225", Severity.Error, "Row span past the last row",
        "a cell spans {0} rows but only {1} {2} rows remain from its row on");

    // Inline XBRL fact markers (FF5230–FF5239).
    public static readonly DiagnosticDescriptor UnknownFact = new(
        "FF5230", Severity.Error, "Fact marker names no fact",
        "fact marker '{0}' names no fact the Template stage tagged; fact markers are written by FilingForge's helpers, not by hand");

    public static readonly DiagnosticDescriptor UnpairedFactMarker = new(
        "FF5231", Severity.Error, "Fact marker without its pair",
        "{0}: every [[fact:ID]] is closed by [[/fact]] in the same paragraph, cell or emphasis");

    // ff-chart (FF5240–FF5259).
    public static readonly DiagnosticDescriptor ChartUnknownLine = new(
        "FF5240", Severity.Error, "Unknown chart line",
        "'{0}' is not a chart line; expected title:, axis:, categories: or series:");

    public static readonly DiagnosticDescriptor ChartSeriesLength = new(
        "FF5241", Severity.Error, "Series length differs from categories",
        "series '{0}' has {1} values but the chart has {2} categories");

    public static readonly DiagnosticDescriptor ChartInvalidNumber = new(
        "FF5242", Severity.Error, "Chart value is not a number",
        "series '{0}': '{1}' is not a number (write digits with '.' as decimal point, e.g. 62.5)");

    public static readonly DiagnosticDescriptor ChartMissingLine = new(
        "FF5243", Severity.Error, "Chart line missing",
        "chart '{0}' has no '{1}' line");
}
