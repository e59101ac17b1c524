using FilingForge.Diagnostics;

namespace FilingForge.Writers.Html;

/// <summary>
/// Diagnostics of the HTML writers and of the EDGAR checker: the range FF6100–FF6199.
/// FF6101–FF6119 are breaches of EDGAR-RULES.md found in an .htm file (FF6120–FF6139, the Inline XBRL checks, are
/// in <c>InlineXbrl/InlineXbrlDiagnostics</c>); FF6150–FF6169 are things a writer could
/// not render as asked. IDs are permanent: a retired one is never reused.
/// </summary>
public static class HtmlDiagnostics
{
    // ---- EDGAR rules (EdgarHtmlChecker), §1–§8 of EDGAR-RULES.md ----

    public static readonly DiagnosticDescriptor ElementNotAllowed = new(
        "FF6101", Severity.Error, "Element not allowed by EDGAR",
        "<{0}> is {1} in EDGAR HTML (EDGAR-RULES.md §1–2)");

    public static readonly DiagnosticDescriptor EventHandlerAttribute = new(
        "FF6102", Severity.Error, "Event handler attribute",
        "attribute '{0}' on <{1}> is an event handler; EDGAR prohibits every on* attribute (§3)");

    public static readonly DiagnosticDescriptor HttpEquivAttribute = new(
        "FF6103", Severity.Error, "http-equiv on meta",
        "<meta http-equiv> is prohibited in EDGAR HTML (§3)");

    public static readonly DiagnosticDescriptor BodyBackgroundAttribute = new(
        "FF6104", Severity.Error, "background on body",
        "<body background> is prohibited in EDGAR HTML (§3)");

    public static readonly DiagnosticDescriptor XmlnsAttribute = new(
        "FF6105", Severity.Error, "xmlns attribute",
        "attribute '{0}' on <{1}> is prohibited: EDGAR HTML has no XML namespaces (§3)");

    public static readonly DiagnosticDescriptor ScriptUrl = new(
        "FF6106", Severity.Error, "Script URL",
        "attribute '{0}' on <{1}> holds a '{2}' URL; EDGAR prohibits scripts (§3)");

    public static readonly DiagnosticDescriptor StyleReference = new(
        "FF6107", Severity.Error, "url() or expression() in a style",
        "the style of <{0}> contains '{1}'; EDGAR styles may not load or compute anything (§3)");

    public static readonly DiagnosticDescriptor NestedTable = new(
        "FF6108", Severity.Error, "Nested table",
        "<table> inside another <table>; EDGAR prohibits nested tables (§4)");

    public static readonly DiagnosticDescriptor ExternalLink = new(
        "FF6109", Severity.Error, "Link outside the submission",
        "link to '{0}' leaves the submission; EDGAR allows only #fragments, files of the same submission and the SEC's EDGAR archive (§5)");

    public static readonly DiagnosticDescriptor UnresolvedFragment = new(
        "FF6110", Severity.Error, "Unresolved #fragment link",
        "link to '#{0}' has no element with id or name '{0}' in this document (§5)");

    public static readonly DiagnosticDescriptor ImageType = new(
        "FF6111", Severity.Error, "Image is not .jpg or .gif",
        "image '{0}' is not a .jpg or .gif file (§6)");

    public static readonly DiagnosticDescriptor ImageNotRelative = new(
        "FF6112", Severity.Error, "Image not referenced by a relative name",
        "image '{0}' must be a file of the same submission referenced by its plain file name (§6)");

    public static readonly DiagnosticDescriptor ImageDataUri = new(
        "FF6113", Severity.Error, "data: URI image",
        "image source is a data: URI; EDGAR needs the image as a .jpg or .gif file of the submission (§6)");

    public static readonly DiagnosticDescriptor NonAsciiCharacter = new(
        "FF6114", Severity.Error, "Character outside printable ASCII",
        "{0} is not printable ASCII; write it as {1} (§7)");

    public static readonly DiagnosticDescriptor ByteOrderMark = new(
        "FF6115", Severity.Error, "Byte-order mark",
        "the file starts with a {0} byte-order mark; EDGAR files are plain ASCII without one (§7)");

    public static readonly DiagnosticDescriptor FileName = new(
        "FF6116", Severity.Error, "File name not accepted by EDGAR",
        "file name '{0}' {1}; EDGAR wants lowercase letters and digits, at most one '-' or '_', the extension .htm, at most 32 characters (§8)");

    public static readonly DiagnosticDescriptor ImageContentMismatch = new(
        "FF6117", Severity.Error, "Image content does not match its extension",
        "image '{0}' does not start with the magic bytes of a {1} file (§6)");

    public static readonly DiagnosticDescriptor MissingSubmissionFile = new(
        "FF6118", Severity.Error, "Referenced file missing from the submission",
        "'{0}' is not a file of this submission (§5–6)");

    public static readonly DiagnosticDescriptor MalformedMarkup = new(
        "FF6119", Severity.Warning, "Malformed markup",
        "{0} is not closed before the end of the file");

    public static readonly DiagnosticDescriptor MoreBreachesNotListed = new(
        "FF6199", Severity.Info, "Further breaches not listed",
        "{0} more {1} breaches in this file are not listed");

    // ---- what the writers could not render as asked ----

    public static readonly DiagnosticDescriptor DuplicateId = new(
        "FF6150", Severity.Warning, "Duplicate id",
        "id '{0}' is used by more than one node; the later {1} is written without it");

    public static readonly DiagnosticDescriptor InvalidId = new(
        "FF6151", Severity.Warning, "Id not usable in HTML",
        "id '{0}' of a {1} is not a letter followed by letters, digits, '-', '_', ':' or '.'; it is written without it");

    public static readonly DiagnosticDescriptor UnresolvedInternalLink = new(
        "FF6152", Severity.Warning, "Link target missing",
        "link to '#{0}' has no heading, table or chart with that id; the text is written without the link");

    public static readonly DiagnosticDescriptor UnencodableCharacter = new(
        "FF6153", Severity.Warning, "Character HTML cannot carry",
        "{0} cannot appear in an HTML document and was left out");

    public static readonly DiagnosticDescriptor TableSpanClipped = new(
        "FF6154", Severity.Warning, "Table cell outside the table grid",
        "table '{0}': a cell in {1} row {2} {3}");

    public static readonly DiagnosticDescriptor ChartShape = new(
        "FF6155", Severity.Warning, "Chart series does not fit its categories",
        "chart '{0}': {1}");

    public static readonly DiagnosticDescriptor BlockNotRendered = new(
        "FF6156", Severity.Warning, "Block kind not rendered",
        "the {0} writer has no renderer for a {1} block; it is left out");

    public static readonly DiagnosticDescriptor ThemeValueIgnored = new(
        "FF6157", Severity.Warning, "Theme value not usable in CSS",
        "theme {0} '{1}' cannot be written as CSS; {2} is used instead");
}
