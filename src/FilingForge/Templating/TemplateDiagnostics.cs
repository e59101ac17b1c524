using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>Diagnostics of the Template stage. IDs FF5000–FF5099 are permanent; retired IDs are never reused.</summary>
public static class TemplateDiagnostics
{
    public static readonly DiagnosticDescriptor UnresolvedName = new(
        "FF5000", Severity.Error, "Unresolved name in template",
        "'{0}' does not name a value here (missing key '{1}'){2}");

    public static readonly DiagnosticDescriptor TemplateNotFound = new(
        "FF5001", Severity.Error, "Template not found",
        "template '{0}' does not exist");

    public static readonly DiagnosticDescriptor TemplateSyntax = new(
        "FF5002", Severity.Error, "Template syntax error",
        "template cannot be compiled: {0}");

    // FF5003 (unescaped output: the former engine's {{{x}}} and {{&x}}) is retired: Scriban templates have no syntax that
    // prints data unescaped, since every value passes through the context's escaping Write.

    public static readonly DiagnosticDescriptor UnfilledMarkdownField = new(
        "FF5024", Severity.Error, "Markdown field reference not filled",
        "the Markdown value names {{{0}}}, which cannot be printed: {1}");

    public static readonly DiagnosticDescriptor NotMarkdownText = new(
        "FF5004", Severity.Error, "Raw Markdown from a plain field",
        "helper 'md' accepts only Markdown fields, but got {0}");

    public static readonly DiagnosticDescriptor HelperArgument = new(
        "FF5005", Severity.Error, "Wrong argument for a template helper",
        "helper '{0}' expects {1}, but got {2}");

    public static readonly DiagnosticDescriptor PartialNotFound = new(
        "FF5006", Severity.Error, "Included template not found",
        "template '{0}' does not exist; templates are included by their path under templates/ without '.md.sbn'{1}");

    public static readonly DiagnosticDescriptor NotPrintable = new(
        "FF5007", Severity.Error, "Value cannot be printed",
        "{0} has no printed form; print one of its fields, or format it with a function (long_date, money, join_and, ...)");

    public static readonly DiagnosticDescriptor IncludeOutsideFolder = new(
        "FF5008", Severity.Error, "Include outside the templates folder",
        "'{0}' is not the name of a template in this folder; includes name templates by their relative path with '/' and may not leave the folder");

    public static readonly DiagnosticDescriptor IncludeCycle = new(
        "FF5009", Severity.Error, "Template includes itself",
        "the template includes itself ({0}); a document's templates must form a tree");

    public static readonly DiagnosticDescriptor TableDefinitionNotFound = new(
        "FF5010", Severity.Error, "Table definition not found",
        "table '{0}' has no definition (expected {1})");

    public static readonly DiagnosticDescriptor TableDefinitionInvalid = new(
        "FF5011", Severity.Error, "Invalid table definition",
        "table definition is invalid: {0}");

    public static readonly DiagnosticDescriptor TablePathUnresolved = new(
        "FF5012", Severity.Error, "Table value path does not resolve",
        "table '{0}': path '{1}' does not name a value (missing key '{2}')");

    public static readonly DiagnosticDescriptor TableValueKind = new(
        "FF5013", Severity.Error, "Table value has the wrong kind",
        "table '{0}', column '{1}': format '{2}' cannot print {3}");

    public static readonly DiagnosticDescriptor FootnoteColumnUnknown = new(
        "FF5014", Severity.Warning, "Footnote names a column the table does not have",
        "table '{0}': footnote '{1}' names column '{2}', which is neither a column nor a header group of the table ({3}); its marker is printed nowhere");

    public static readonly DiagnosticDescriptor LoopBudget = new(
        "FF5015", Severity.Error, "Runaway template loop",
        "the document's loops ran more than {0:N0} times; a loop nests over a list it should not, or never ends");

    public static readonly DiagnosticDescriptor DocumentTooLarge = new(
        "FF5016", Severity.Error, "Document text too large",
        "the document's text grew past {0:N0} characters; a loop or include repeats more than the filing holds");

    public static readonly DiagnosticDescriptor ConstructNotAllowed = new(
        "FF5017", Severity.Error, "Construct not allowed in a template",
        "'{0}' is not allowed in a FilingForge template: {1}");

    public static readonly DiagnosticDescriptor TemplateNotUtf8 = new(
        "FF5018", Severity.Error, "Template is not UTF-8",
        "the template is not valid UTF-8 (byte 0x{0:X2} here); save it with UTF-8 encoding");

    public static readonly DiagnosticDescriptor UnknownDocument = new(
        "FF5019", Severity.Error, "Unknown document",
        "no document `{0}` in profile {1}; it declares: {2}");

    public static readonly DiagnosticDescriptor TablePathReadsNothing = new(
        "FF5020", Severity.Error, "Table path reads nothing the profile declares",
        "table {0}: `{1}: {2}` {3}");

    public static readonly DiagnosticDescriptor UnknownNamedFact = new(
        "FF5021", Severity.Error, "Fact not declared",
        "{0} \"{1}\": the profile's xbrl.yaml declares no such fact under `named`{2}");

    public static readonly DiagnosticDescriptor PrintedFigureIsNotTheFact = new(
        "FF5022", Severity.Error, "Printed figure does not state the tagged value",
        "{0} prints {1} for {2} (scale {3}, decimals {4}), which does not state its value {5}");

    public static readonly DiagnosticDescriptor FactWithoutYear = new(
        "FF5023", Severity.Error, "Tagged value has no fiscal year",
        "{0}: the fiscal year `{1}` of fact {2} reads {3}, not a year");

    public static readonly DiagnosticDescriptor RenderFailed = new(
        "FF5099", Severity.Error, "Template rendering failed",
        "rendering stopped: {0}");
}
