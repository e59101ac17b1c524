using System.Text.RegularExpressions;
using FilingForge.Computation;
using FilingForge.Templating.Formatting;
using FilingForge.Values;

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
    public IReadOnlyList<string> Reads { get; } =
    [
        "summary-compensation.introduction", "summary-compensation.officers.notes", "summary-compensation.officers.years.notes",
        "summary-compensation.footnotes.id", "summary-compensation.footnotes.column", "option-grants.introduction",
        "option-grants.recipients.grants.notes", "option-grants.footnotes.id", "option-grants.footnotes.column", "option-exercises.introduction",
        "option-exercises.footnotes.id", "option-exercises.footnotes.column", "beneficial-ownership.introduction",
        "beneficial-ownership.owners.notes", "beneficial-ownership.footnotes.id", "beneficial-ownership.footnotes.column",
        "beneficial-ownership.owners.exact_percent_of_class", "beneficial-ownership.group.exact_percent_of_class", "auditor-fees.pre_approval", "auditor-fees.footnotes.id",
        "auditor-fees.footnotes.column", "performance-graph.introduction", "performance-graph.series.key", "performance-graph.series.notes",
        "performance-graph.footnotes.id", "performance-graph.footnotes.column",
    ];

    /// <summary>A marker a table refers to, and the field it is written in (<paramref name="Key"/> of <paramref name="Owner"/>).</summary>
    private sealed record Reference(string Marker, ObjectValue Owner, string Key);

    public void Run(CheckContext context)
    {
        var values = context.Values;
        var compensation = values.File("summary-compensation");
        Table(context, "summary compensation", compensation, TableColumns.SummaryCompensation,
            [.. SummaryCompensation(context, compensation), .. InText(compensation, "introduction")]);
        var grants = values.File("option-grants");
        Table(context, "option grants", grants, TableColumns.OptionGrants, [.. OptionGrants(context, grants), .. InText(grants, "introduction")]);
        var exercises = values.File("option-exercises");
        Table(context, "option exercises", exercises, TableColumns.OptionExercises, [.. InText(exercises, "introduction")]);
        var ownership = values.File("beneficial-ownership");
        Table(context, "beneficial ownership", ownership, TableColumns.BeneficialOwnership,
            [.. ownership.Objects("owners").SelectMany(o => Markers(o, "notes")), .. InText(ownership, "introduction"), .. LessThanOnePercentMarker(values)]);
        var fees = values.File("auditor-fees");
        Table(context, "auditor fees", fees, TableColumns.AuditorFees, [.. InText(fees, "pre_approval")]);
        var graph = values.File("performance-graph");
        Table(context, "performance graph", graph, TableColumns.PerformanceGraph(graph),
            [.. graph.Objects("series").SelectMany(s => Markers(s, "notes")), .. InText(graph, "introduction")]);
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
        var values = context.Values;
        var tableTexts = TableTexts
            .Where(t => values.Files.ContainsKey(t.File))
            .Select(t => (values.Files[t.File], t.Key))
            .ToHashSet();
        foreach (var field in ValueWalker.MarkdownFields(values).Where(m => !tableTexts.Contains((m.Owner, m.Key))))
        {
            foreach (var marker in FootnoteReference().Matches(field.Text.Value).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal))
                context.Report(CheckDiagnostics.FootnoteOutsideTable, field.Owner, field.Key, marker, field.Name);
        }
    }

    /// <summary>Footnote references in a Markdown text of the table, such as <c>[^2]</c> in the introduction.</summary>
    private static IEnumerable<Reference> InText(ObjectValue owner, string key) =>
        owner.Markdown(key) is { } text ? FootnoteReference().Matches(text.Value).Select(m => new Reference(m.Groups[1].Value, owner, key)) : [];

    /// <summary>The <c>*</c> the ownership table prints for a percent of class below one percent, referred to from its <c>owners</c>.</summary>
    private static IEnumerable<Reference> LessThanOnePercentMarker(FilingValues values)
    {
        var ownership = values.File("beneficial-ownership");
        var lines = ownership.Object("group") is { } group ? ownership.Objects("owners").Append(group) : ownership.Objects("owners");
        // The profile's figure, the one the table prints: a line below one percent prints the marker.
        var anyBelow = lines.Any(line => PercentOfClass.IsLessThanOnePercent(line.Number("exact_percent_of_class") ?? 0m));
        return anyBelow ? [new Reference(PercentOfClass.LessThanOnePercentMarker, ownership, "owners")] : [];
    }

    [GeneratedRegex(@"\[\^([^\]\s]+)\]")]
    private static partial Regex FootnoteReference();

    private static IReadOnlyList<Reference> SummaryCompensation(CheckContext context, ObjectValue table)
    {
        var references = new List<Reference>();
        foreach (var officer in table.Objects("officers"))
        {
            references.AddRange(Markers(officer, "notes"));
            foreach (var year in officer.Objects("years"))
                references.AddRange(ColumnNotes(context, "summary compensation", TableColumns.SummaryCompensation, year));
        }

        return references;
    }

    private static IReadOnlyList<Reference> OptionGrants(CheckContext context, ObjectValue table) =>
        table.Objects("recipients").SelectMany(r => r.Objects("grants"))
            .SelectMany(g => ColumnNotes(context, "option grants", TableColumns.OptionGrants, g))
            .ToArray();

    /// <summary>The markers of a row's <c>notes</c> list (after a name).</summary>
    private static IEnumerable<Reference> Markers(ObjectValue row, string key) =>
        row.Texts(key).Select(m => new Reference(m, row, key));

    /// <summary>The markers of a row's <c>notes</c> map (<c>salary: ["7"]</c>), reporting a key that names no column (FF3203).</summary>
    private static IEnumerable<Reference> ColumnNotes(CheckContext context, string table, IReadOnlyList<string> columns, ObjectValue row)
    {
        if (row.Object("notes") is not { } notes) yield break;
        foreach (var column in notes.Entries.Select(e => e.Key).Order(StringComparer.Ordinal))
        {
            if (!columns.Contains(column, StringComparer.Ordinal))
                context.Report(CheckDiagnostics.UnknownColumn, row, "notes", column, table, string.Join(", ", columns));
            foreach (var marker in notes.Texts(column)) yield return new Reference(marker, row, "notes");
        }
    }

    private static void Table(CheckContext context, string table, ObjectValue file, IReadOnlyList<string> columns, IReadOnlyList<Reference> references)
    {
        var footnotes = file.Objects("footnotes");
        var defined = Definitions(context, table, footnotes, columns);

        foreach (var reference in references.Where(r => !FootnoteMarkers.IsValid(r.Marker)))
            context.Report(CheckDiagnostics.MarkerNotPrintable, reference.Owner, reference.Key, reference.Marker, table);

        var definedList = footnotes.Count == 0 ? "none" : string.Join(", ", footnotes.Select(Id));
        foreach (var reference in references.Where(r => !defined.Contains(r.Marker)))
            context.Report(CheckDiagnostics.UndefinedFootnote, reference.Owner, reference.Key, reference.Marker, table, definedList);

        var used = references.Select(r => r.Marker).ToHashSet(StringComparer.Ordinal);
        foreach (var footnote in footnotes.Where(n => n.Text("column") is null && !used.Contains(Id(n))).DistinctBy(Id))
            context.Report(CheckDiagnostics.UnusedFootnote, footnote, "id", Id(footnote), table);
    }

    /// <summary>The table's defined markers, reporting an unprintable (FF3205) or repeated (FF3204) one and an unknown column (FF3203).</summary>
    private static HashSet<string> Definitions(CheckContext context, string table, IReadOnlyList<ObjectValue> footnotes, IReadOnlyList<string> columns)
    {
        var defined = new HashSet<string>(StringComparer.Ordinal);
        foreach (var footnote in footnotes)
        {
            if (!FootnoteMarkers.IsValid(Id(footnote)))
                context.Report(CheckDiagnostics.MarkerNotPrintable, footnote, "id", Id(footnote), table);
            if (!defined.Add(Id(footnote)))
                context.Report(CheckDiagnostics.DuplicateFootnote, footnote, "id", Id(footnote), table);
            if (footnote.Text("column") is { } column && !columns.Contains(column, StringComparer.Ordinal))
                context.Report(CheckDiagnostics.UnknownColumn, footnote, "column", column, table, string.Join(", ", columns));
        }

        return defined;
    }

    private static string Id(ObjectValue footnote) => footnote.Text("id") ?? "";
}
