using System.Text.RegularExpressions;
using FilingForge.Computation;
using FilingForge.Model;
using FilingForge.Templating.Formatting;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Table footnotes of the summary compensation, option grants, option exercises, ownership, auditor fees and
/// performance graph tables: every marker a row refers to is defined (FF3201), every defined footnote is used by a row
/// or, with <c>column</c>, by that column's header (FF3202, warning), <c>column</c> and row <c>notes</c> keys name
/// columns of the table (FF3203, see <see cref="TableColumns"/>), no marker is defined twice (FF3204), and every marker
/// is one the table can print, letters, digits and '*' (FF3205; otherwise only build finds it, at the table definition).
/// A footnote also counts as used when the table's introduction refers to it (<c>[^2]</c>), and the ownership
/// table's <c>*</c> ("less than 1%") when some line's percent of class is below one percent. Any other Markdown value
/// (a biography, a report) has no footnotes to refer to, so a <c>[^x]</c> in it is FF3206.
/// </summary>
public sealed partial class FootnotesCheck : ICheck
{
    private sealed record Reference(string Marker, ModelNode Node, string Property);

    public void Run(CheckContext context)
    {
        var f = context.Filing;
        Table(context, "summary compensation", f.SummaryCompensation.Footnotes, TableColumns.SummaryCompensation,
            [.. SummaryCompensation(context, f.SummaryCompensation), .. InText(f.SummaryCompensation, nameof(SummaryCompensationFile.Introduction), f.SummaryCompensation.Introduction)]);
        Table(context, "option grants", f.OptionGrants.Footnotes, TableColumns.OptionGrants,
            [.. OptionGrants(context, f.OptionGrants), .. InText(f.OptionGrants, nameof(OptionGrantsFile.Introduction), f.OptionGrants.Introduction)]);
        Table(context, "option exercises", f.OptionExercises.Footnotes, TableColumns.OptionExercises,
            [.. InText(f.OptionExercises, nameof(OptionExercisesFile.Introduction), f.OptionExercises.Introduction)]);
        Table(context, "beneficial ownership", f.BeneficialOwnership.Footnotes, TableColumns.BeneficialOwnership,
            [.. f.BeneficialOwnership.Owners.SelectMany(o => Markers(o, nameof(BeneficialOwner.Notes), o.Notes)),
             .. InText(f.BeneficialOwnership, nameof(BeneficialOwnershipFile.Introduction), f.BeneficialOwnership.Introduction),
             .. LessThanOnePercentMarker(f)]);
        Table(context, "auditor fees", f.AuditorFees.Footnotes, TableColumns.AuditorFees,
            [.. InText(f.AuditorFees, nameof(AuditorFeesFile.PreApproval), f.AuditorFees.PreApproval)]);
        Table(context, "performance graph", f.PerformanceGraph.Footnotes, TableColumns.PerformanceGraph(f.PerformanceGraph),
            [.. f.PerformanceGraph.Series.SelectMany(s => Markers(s, nameof(PerformanceSeries.Notes), s.Notes)),
             .. InText(f.PerformanceGraph, nameof(PerformanceGraphFile.Introduction), f.PerformanceGraph.Introduction)]);
        OutsideTables(context);
    }

    /// <summary>
    /// The Markdown values that introduce a table, whose <c>[^x]</c> the table's footnotes define: data file and key,
    /// as the profile names them.
    /// </summary>
    private static readonly (string File, string Key)[] TableTexts =
    [
        ("summary-compensation", "introduction"),
        ("option-grants", "introduction"),
        ("option-exercises", "introduction"),
        ("beneficial-ownership", "introduction"),
        ("auditor-fees", "pre_approval"),
        ("performance-graph", "introduction"),
    ];

    /// <summary>Every other Markdown value the user wrote, wherever the profile declares one (FF3206).</summary>
    private static void OutsideTables(CheckContext context)
    {
        // A filing built in code (tests) has no value tree, and its texts no data file lines to report at.
        if (context.Filing.Values is not { } values) return;
        var tableTexts = TableTexts
            .Where(t => values.Files.ContainsKey(t.File))
            .Select(t => (values.Files[t.File], t.Key))
            .ToHashSet();
        foreach (var field in ValueWalker.MarkdownFields(values).Where(m => !tableTexts.Contains((m.Owner, m.Key))))
        {
            foreach (var marker in FootnoteReference().Matches(field.Text.Value).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
                context.Report(CheckDiagnostics.FootnoteOutsideTable, field.Owner.LocationOf(field.Key), marker, field.Name);
        }
    }

    /// <summary>Footnote references in a Markdown text of the table, such as <c>[^2]</c> in the introduction.</summary>
    private static IEnumerable<Reference> InText(ModelNode node, string property, MarkdownText? text) =>
        text is null ? [] : FootnoteReference().Matches(text.Value).Select(m => new Reference(m.Groups[1].Value, node, property));

    /// <summary>The <c>*</c> the ownership table prints for a percent of class below one percent.</summary>
    private static IEnumerable<Reference> LessThanOnePercentMarker(Filing f)
    {
        var ownership = f.BeneficialOwnership;
        var anyBelow = ownership.Owners.Select(o => (o.Shares, o.AcquirableWithin60Days))
            .Append((ownership.Group.Shares, ownership.Group.AcquirableWithin60Days))
            .Any(x => PercentOfClass.IsLessThanOnePercent(PercentOfClass.Exact(x.Item1, x.Item2, f.Meeting.SharesOutstanding, ownership.PercentBasis)));
        return anyBelow ? [new Reference(PercentOfClass.LessThanOnePercentMarker, ownership, nameof(BeneficialOwnershipFile.Owners))] : [];
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteReference();

    private static IReadOnlyList<Reference> SummaryCompensation(CheckContext context, SummaryCompensationFile table)
    {
        var references = new List<Reference>();
        foreach (var officer in table.Officers)
        {
            references.AddRange(Markers(officer, nameof(NamedExecutive.Notes), officer.Notes));
            foreach (var year in officer.Years)
                references.AddRange(ColumnNotes(context, "summary compensation", TableColumns.SummaryCompensation, year, nameof(CompensationYear.Notes), year.Notes));
        }

        return references;
    }

    private static IReadOnlyList<Reference> OptionGrants(CheckContext context, OptionGrantsFile table) =>
        table.Recipients.SelectMany(r => r.Grants)
            .SelectMany(g => ColumnNotes(context, "option grants", TableColumns.OptionGrants, g, nameof(OptionGrant.Notes), g.Notes))
            .ToArray();

    private static IEnumerable<Reference> Markers(ModelNode node, string property, IEnumerable<string> markers) =>
        markers.Select(m => new Reference(m, node, property));

    private static IEnumerable<Reference> ColumnNotes(CheckContext context, string table, IReadOnlyList<string> columns,
        ModelNode node, string property, Dictionary<string, List<string>> notes)
    {
        foreach (var (column, markers) in notes.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!columns.Contains(column, StringComparer.Ordinal))
                context.Report(CheckDiagnostics.UnknownColumn, node, property, column, table, string.Join(", ", columns));
            foreach (var marker in markers) yield return new Reference(marker, node, property);
        }
    }

    private static void Table(CheckContext context, string table, IReadOnlyList<Footnote> footnotes, IReadOnlyList<string> columns, IReadOnlyList<Reference> references)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footnote in footnotes)
        {
            if (!FootnoteMarkers.IsValid(footnote.Id))
                context.Report(CheckDiagnostics.MarkerNotPrintable, footnote, nameof(Footnote.Id), footnote.Id, table);
            if (!defined.Add(footnote.Id))
                context.Report(CheckDiagnostics.DuplicateFootnote, footnote, nameof(Footnote.Id), footnote.Id, table);
            if (footnote.Column is { } column && !columns.Contains(column, StringComparer.Ordinal))
                context.Report(CheckDiagnostics.UnknownColumn, footnote, nameof(Footnote.Column), column, table, string.Join(", ", columns));
        }

        foreach (var reference in references.Where(r => !FootnoteMarkers.IsValid(r.Marker)))
            context.Report(CheckDiagnostics.MarkerNotPrintable, reference.Node, reference.Property, reference.Marker, table);

        var definedList = footnotes.Count == 0 ? "none" : string.Join(", ", footnotes.Select(n => n.Id));
        foreach (var reference in references.Where(r => !defined.Contains(r.Marker)))
            context.Report(CheckDiagnostics.UndefinedFootnote, reference.Node, reference.Property, reference.Marker, table, definedList);

        var used = references.Select(r => r.Marker).ToHashSet(StringComparer.Ordinal);
        foreach (var footnote in footnotes.Where(n => n.Column is null && !used.Contains(n.Id)).DistinctBy(n => n.Id))
            context.Report(CheckDiagnostics.UnusedFootnote, footnote, nameof(Footnote.Id), footnote.Id, table);
    }
}
