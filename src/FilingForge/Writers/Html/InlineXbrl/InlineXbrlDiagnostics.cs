using FilingForge.Diagnostics;

namespace FilingForge.Writers.Html.InlineXbrl;

/// <summary>
/// Diagnostics of the Inline XBRL checker: the range FF6120–FF6139. FF6120–FF6121 are XML and schema validity,
/// FF6122–FF6132 the facts' consistency, FF6133–FF6138 the EDGAR Filer Manual's rules for Inline XBRL documents
/// (volume II, 5.2.5). Breaches beyond the per-rule cap are counted in <see cref="HtmlDiagnostics.MoreBreachesNotListed"/>.
/// IDs are permanent: a retired one is never reused.
/// </summary>
public static class InlineXbrlDiagnostics
{
    // ---- XML and the Inline XBRL 1.1 schema ----

    public static readonly DiagnosticDescriptor NotWellFormed = new(
        "FF6120", Severity.Error, "Not well-formed XML",
        "the document is not well-formed XML: {0}; an Inline XBRL document must be XHTML");

    public static readonly DiagnosticDescriptor SchemaInvalid = new(
        "FF6121", Severity.Error, "Not valid against the Inline XBRL 1.1 schema",
        "{0} (Inline XBRL 1.1 schema)");

    // ---- facts, contexts and units ----

    public static readonly DiagnosticDescriptor UnknownContext = new(
        "FF6122", Severity.Error, "contextRef names no context",
        "{0} has contextRef '{1}', but no xbrli:context has that id");

    public static readonly DiagnosticDescriptor UnknownUnit = new(
        "FF6123", Severity.Error, "unitRef names no unit",
        "{0} has unitRef '{1}', but no xbrli:unit has that id");

    public static readonly DiagnosticDescriptor NumericWithoutUnit = new(
        "FF6124", Severity.Error, "Numeric fact without a unit",
        "ix:nonFraction {0} has no unitRef; a numeric fact needs a unit");

    public static readonly DiagnosticDescriptor NumericWithoutDecimals = new(
        "FF6125", Severity.Error, "Numeric fact without decimals",
        "ix:nonFraction {0} has no decimals attribute; a numeric fact that is not nil needs one (an integer or INF)");

    public static readonly DiagnosticDescriptor InconsistentDuplicate = new(
        "FF6126", Severity.Error, "Duplicate facts disagree",
        "{0} in context '{1}' is {2} here but {3} at line {4}; facts of the same concept, context and unit must agree");

    public static readonly DiagnosticDescriptor PeriodTypeMismatch = new(
        "FF6127", Severity.Error, "Period type of the context does not match the concept",
        "{0} is a {1} concept, but context '{2}' has the {3} period {4}");

    public static readonly DiagnosticDescriptor UnknownConcept = new(
        "FF6128", Severity.Warning, "Concept not declared by the profile",
        "{0} is not among the concepts the profile declares; its period type and kind are not checked");

    public static readonly DiagnosticDescriptor UnknownFormat = new(
        "FF6129", Severity.Error, "Unknown transformation format",
        "{0}; expected {1}");

    public static readonly DiagnosticDescriptor UnreadableValue = new(
        "FF6130", Severity.Error, "Text the format cannot read",
        "{0} cannot be read; expected {1}");

    public static readonly DiagnosticDescriptor MissingContinuation = new(
        "FF6131", Severity.Error, "continuedAt names no continuation",
        "{0} names no element; expected {1}");

    public static readonly DiagnosticDescriptor ContinuationReachedTwice = new(
        "FF6132", Severity.Error, "Continuation reached twice",
        "{0}; expected {1}");

    // ---- the EDGAR Filer Manual's rules for Inline XBRL documents (volume II, 5.2.5) ----

    public static readonly DiagnosticDescriptor ElementNotAllowed = new(
        "FF6133", Severity.Error, "Element EDGAR does not allow",
        "<{0}> is not allowed in an EDGAR Inline XBRL document (EFM 5.2.5: no scripts, frames, objects, embeds or forms)");

    public static readonly DiagnosticDescriptor EventHandlerAttribute = new(
        "FF6134", Severity.Error, "Event handler attribute",
        "attribute '{0}' on <{1}> is an event handler; EDGAR allows no on* attribute (EFM 5.2.5)");

    public static readonly DiagnosticDescriptor ExternalReference = new(
        "FF6135", Severity.Error, "Reference outside the submission",
        "attribute '{0}' on <{1}> refers to '{2}'; EDGAR allows only #fragments and relative names of files of the submission (EFM 5.2.5)");

    public static readonly DiagnosticDescriptor StyleReference = new(
        "FF6136", Severity.Error, "url() in a style",
        "the style of <{0}> contains '{1}'; an EDGAR style may not load anything (EFM 5.2.5)");

    public static readonly DiagnosticDescriptor NonAsciiCharacter = new(
        "FF6137", Severity.Error, "Character outside printable ASCII",
        "{0} is not printable ASCII; write it as {1} (EFM 5.2.5: ASCII with character references)");

    public static readonly DiagnosticDescriptor ByteOrderMark = new(
        "FF6138", Severity.Error, "Byte-order mark",
        "the file starts with a {0} byte-order mark; EDGAR wants ASCII without one");

    public static readonly DiagnosticDescriptor Malformed = new(
        "FF6139", Severity.Error, "Inline XBRL element lacks what it needs",
        "{0}; expected {1}");
}
