using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Profiles.Xbrl;
using FilingForge.Templating.Tables;

namespace FilingForge.Templating.Xbrl;

/// <summary>
/// The Template stage's side of Inline XBRL, for the one document a profile tags: it turns a printed value the profile
/// declares a fact (a table cell, a name a template prints, a text block a template marks) into Markdown with fact
/// markers (<see cref="FactMarkers"/>), and keeps the <see cref="FactTag"/> each marker stands for. It looks up and
/// checks; it computes nothing: the figure printed is the one the fact states, or the build stops (FF5022).
/// </summary>
public sealed partial class FactTagger
{
    private readonly XbrlDeclaration _declaration;
    private readonly IReadOnlyDictionary<string, object?> _root;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, FactTag> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FactTag> _textBlocks = new(StringComparer.Ordinal);
    private readonly DateOnly _fiscalYearEnd;

    private FactTagger(XbrlDeclaration declaration, IReadOnlyDictionary<string, object?> root, DiagnosticBag diagnostics)
    {
        _declaration = declaration;
        _root = root;
        _diagnostics = diagnostics;
        // The Check stage requires it (FF4120): a filing without it never reaches the templates.
        _fiscalYearEnd = Lookup(declaration.Entity.FiscalYearEnd) as DateOnly?
                         ?? throw new InvalidOperationException("the fiscal year end is checked before the Template stage (FF4120)");
    }

    /// <summary>The tagger of <paramref name="documentName"/>, or null when the profile tags nothing in it.</summary>
    public static FactTagger? For(XbrlDeclaration? declaration, string documentName, IReadOnlyDictionary<string, object?> root, DiagnosticBag diagnostics) =>
        declaration is not null && declaration.Document == documentName ? new FactTagger(declaration, root, diagnostics) : null;

    /// <summary>Every fact a marker of the document stands for, by its id.</summary>
    public IReadOnlyDictionary<string, FactTag> Facts => _facts;

    /// <summary>
    /// A table cell: <paramref name="printed"/> (escaped Markdown) with its figure marked, when the field the row and
    /// value paths name is a declared fact; otherwise the text as it is.
    /// </summary>
    public string TableValue(string table, string rowsPath, string valuePath, object? row, object? value, string printed)
    {
        if (_declaration.Field(rowsPath + "." + valuePath) is not { } field) return printed;
        if (FiscalYear(row, field.YearField, field.Path, field.Shape.Location) is not { } year) return printed;
        var amount = Amount(value);
        if (amount is null) return printed;
        var shape = field.Shape;
        var stated = shape.Negate ? -amount.Value : amount.Value;
        var split = PrintedNumber.Split(printed);
        var tag = NewTag(shape, Context(year, shape, null), stated < 0, split is null ? "ixt:fixed-zero" : "ixt:num-dot-decimal", split?.Figure);
        if (!States(tag, split?.Figure, stated))
        {
            _diagnostics.Report(TemplateDiagnostics.PrintedFigureIsNotTheFact, shape.Location, $"table {table}", $"`{printed}`", shape.Concept,
                tag.Scale ?? 0, tag.Decimals, stated.ToString(CultureInfo.InvariantCulture));
            return printed;
        }

        Register(tag);
        return split is { } s ? s.Before + FactMarkers.Around(tag.Id, s.Figure) + s.After : FactMarkers.Around(tag.Id, printed);
    }

    /// <summary>A footnote of a table that is a text block: its Markdown marked as (a fragment of) that fact.</summary>
    public string TableFootnote(string table, string column, string markdown)
    {
        var declared = _declaration.Footnotes.FirstOrDefault(f => f.Table == table && f.Column == column);
        return declared is null ? markdown : FactMarkers.Around(TextBlock(declared.Fact).Id, markdown);
    }

    /// <summary>
    /// A value a template prints by the fact's declared name: <paramref name="printed"/> marked. A typed axis's member
    /// is <paramref name="position"/> counted from one (the template passes the zero-based index of its loop).
    /// </summary>
    public string Named(string name, string printed, object? position)
    {
        var fact = NamedFact(name, "fact");
        if (FiscalYear(_root, fact.Year, name, fact.Shape.Location) is not { } year) return printed;
        var rank = (Amount(position) ?? 0) + 1;
        var typed = fact.PositionAxis is null ? null : new FactDimension(fact.PositionAxis, rank.ToString("0", CultureInfo.InvariantCulture), fact.PositionAxis + ".domain");
        var tag = NewTag(fact.Shape, Context(year, fact.Shape, typed), negated: false, format: null, figure: null);
        Register(tag);
        return FactMarkers.Around(tag.Id, printed);
    }

    /// <summary>The line that opens a block container marked as (a fragment of) the named text block.</summary>
    public string TextBlockStart(string name) => FactMarkers.BlockStart(TextBlock(name).Id);

    private XbrlNamedFact NamedFact(string name, string helper) =>
        _declaration.Named.GetValueOrDefault(name)
        ?? throw new TemplateException(TemplateDiagnostics.UnknownNamedFact, helper, name,
            NameSuggestion.DidYouMean(name, _declaration.Named.Keys.ToList()));

    private FactTag TextBlock(string name)
    {
        if (_textBlocks.TryGetValue(name, out var known)) return known;
        var fact = NamedFact(name, "text_block");
        var year = FiscalYear(_root, fact.Year, name, fact.Shape.Location) ?? _fiscalYearEnd.Year;
        var tag = NewTag(fact.Shape, Context(year, fact.Shape, null), negated: false, format: null, figure: null) with { Escape = true };
        _textBlocks[name] = tag;
        Register(tag);
        return tag;
    }

    /// <param name="figure">The printed figure, whose fraction digits give the decimals the profile leaves open.</param>
    private FactTag NewTag(XbrlFactShape shape, FactContext context, bool negated, string? format, string? figure)
    {
        var concept = _declaration.Concepts[shape.Concept];
        var numeric = concept.Kind is XbrlConceptKind.Monetary or XbrlConceptKind.Number;
        var scale = shape.Scale ?? 0;
        var decimals = shape.Decimals ?? concept.Decimals ?? PrintedNumber.FractionDigits(figure) - scale;
        return new FactTag("f" + (_facts.Count + 1).ToString(CultureInfo.InvariantCulture), shape.Concept, context, numeric,
            numeric ? concept.Unit : null, numeric ? decimals : null, numeric ? scale : null, numeric ? format : null, negated);
    }

    private void Register(FactTag tag) => _facts[tag.Id] = tag;

    /// <summary>The fiscal year's duration, or its last day for a concept measured at an instant.</summary>
    private FactContext Context(int year, XbrlFactShape shape, FactDimension? typed)
    {
        var dimensions = shape.Dimensions.Select(d => new FactDimension(d.Axis, Member(d.Member))).ToList();
        if (typed is not null) dimensions.Add(typed);
        var period = _declaration.Concepts[shape.Concept].Duration ? FiscalYears.Of(year, _fiscalYearEnd) : FiscalYears.Instant(year, _fiscalYearEnd);
        return new FactContext(period, dimensions.OrderBy(d => d.Axis, StringComparer.Ordinal).ToList());
    }

    /// <summary><c>ext:</c> stands for the company's own prefix (its ticker in lower case).</summary>
    private string Member(string member) =>
        member.StartsWith(XbrlDeclaration.ExtensionPrefix + ":", StringComparison.Ordinal) ? ExtensionPrefix + member[XbrlDeclaration.ExtensionPrefix.Length..] : member;

    /// <summary>The ticker's letters and digits in lower case; the Check stage holds it to a usable prefix (FF4122).</summary>
    private string ExtensionPrefix => ExtensionNames.Prefix(Lookup(_declaration.Entity.Ticker)?.ToString() ?? "");

    /// <summary>Whether the printed figure, at the fact's scale, is the value to the fact's decimals.</summary>
    private static bool States(FactTag tag, string? figure, decimal value)
    {
        if (figure is null) return value == 0;
        var printed = PrintedNumber.Value(figure) * Power(tag.Scale ?? 0);
        var decimals = tag.Decimals ?? 0;
        var rounded = Math.Round(Math.Abs(value) * Power(decimals), MidpointRounding.AwayFromZero) / Power(decimals);
        return printed == rounded;
    }

    private static decimal Power(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++) result *= 10m;
        return exponent < 0 ? 1m / result : result;
    }

    private int? FiscalYear(object? from, string path, string fact, SourceLocation declared)
    {
        var value = ValuePath.Resolve(from, XbrlFieldFact.TemplatePathOf(path)).Value;
        if (from != (object)_root && value is null) value = Lookup(path);
        if (Amount(value) is { } year && year == Math.Floor(year) && year is > 1900 and < 10000) return (int)year;
        _diagnostics.Report(TemplateDiagnostics.FactWithoutYear, declared, "xbrl.yaml", path, fact, TemplateHelpers.Describe(value));
        return null;
    }

    private object? Lookup(string path) => ValuePath.Resolve(_root, XbrlFieldFact.TemplatePathOf(path)).Value;

    private static decimal? Amount(object? value) => CellFormatter.AsDecimal(value);
}
