using System.Text.RegularExpressions;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Samples;

/// <summary>
/// Every table of the Cabot 2024 sample prints the rows of the document Cabot filed, cell by cell. The expected rows
/// were taken once from the filed Inline XBRL (<c>Samples/cabot-2024/filed-tables/</c>, see its README), never from
/// FilingForge's output. Cells are compared as a reader compares figures: dollar signs, thousands separators and spacing
/// aside, a dash and a blank both meaning "nothing", and a name printed once for a person's rows counting for each.
/// </summary>
public sealed partial class CabotFiledTablesTests(CabotFiledTablesTests.CabotDocuments documents) : IClassFixture<CabotFiledTablesTests.CabotDocuments>
{
    private static readonly string Fixtures = RepositoryPaths.At("tests/FilingForge.Tests/Samples/cabot-2024/filed-tables");

    /// <summary>
    /// Where the sample deliberately prints another figure than the filing, and why: the fixture keeps the filed one.
    /// Key: table id, row (from 1, as in the fixture's body rows) and column (from 1).
    /// </summary>
    private static readonly Dictionary<(string Table, int Row, int Column), (string Printed, string Why)> Corrections = new()
    {
        [("potential-payments", 14, 5)] = ("3,660,770", "Kalita's death benefits add to 3,660,770; the filing prints 3,600,770 (FF2418 warns at the stated total)"),
    };

    public static TheoryData<string> Tables() =>
        new(Directory.GetFiles(Fixtures, "*.tsv").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Tables))]
    public void Each_table_of_the_Cabot_sample_prints_the_rows_of_the_filed_document(string id)
    {
        var expected = File.ReadAllLines(Path.Combine(Fixtures, id + ".tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .ToList();
        var table = documents.Table(id);
        Assert.True(table is not null, $"the Cabot proxy statement has no table `{id}`");
        var (printed, groupNames) = Rows(table!);

        var differences = new List<string>();
        if (printed.Count != expected.Count) differences.Add($"{printed.Count} rows printed, {expected.Count} filed");
        for (var r = 0; r < Math.Min(printed.Count, expected.Count); r++)
        {
            var (got, want) = (printed[r], expected[r]);
            if (got.Count != want.Length)
            {
                differences.Add($"row {r + 1}: {got.Count} cells printed, {want.Length} filed: [{string.Join(" | ", got)}] vs [{string.Join(" | ", want)}]");
                continue;
            }

            for (var c = 0; c < want.Length; c++)
            {
                var filed = Corrections.TryGetValue((id, r + 1, c + 1), out var correction) ? correction.Printed : want[c];
                var namedByGroup = c == 0 && groupNames[r] is { } name && Normalize(name) == Normalize(filed);
                if (Normalize(got[c]) != Normalize(filed) && !namedByGroup) differences.Add($"row {r + 1}, column {c + 1}: printed `{got[c]}`, filed `{filed}`");
            }
        }

        Assert.True(differences.Count == 0, $"{id}:\n" + string.Join("\n", differences));
    }

    /// <summary>
    /// The body rows as text cells (a cell covered by one above repeats it), and for each row of a person's group after
    /// the first the first cell of the group, which names the row as the filing's repeated name does (a table prints a
    /// name once and the position under it).
    /// </summary>
    private static (List<List<string>> Rows, List<string?> GroupNames) Rows(Table table)
    {
        var rows = table.BodyRows;
        var grid = TableGrid.Of(rows, table.Columns.Count);
        var result = new List<List<string>>();
        var groupNames = new List<string?>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<string>();
            for (var c = 0; c < grid.ColumnCount; c++)
                if (grid[r, c] is { } slot && slot.Column == c) cells.Add(Text(slot.Cell.Inlines));
            var inGroup = rows[r].KeepGroup != 0 && r > 0 && rows[r - 1].KeepGroup == rows[r].KeepGroup;
            groupNames.Add(inGroup ? groupNames[^1] ?? result[^1].FirstOrDefault() : null);
            result.Add(cells);
        }

        return (result, groupNames);
    }

    private static string Text(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i switch
    {
        TextRun t => t.Text,
        Strong s => Text(s.Children),
        Emphasis e => Text(e.Children),
        Underline u => Text(u.Children),
        InternalLink l => Text(l.Children),
        TaggedText t => Text(t.Children),
        LineBreak => " ",
        _ => "",
    })).Trim();

    /// <summary>A figure as a reader compares it: no dollar sign, separators or spaces; a dash is nothing; (5) is -5.</summary>
    private static string Normalize(string cell)
    {
        var text = Spaces().Replace(cell.Replace("$", "").Replace(",", "").Replace('\u00a0', ' '), "");
        if (text is "\u2014" or "\u2013" or "-") return "";
        return Negative().Replace(text, "-$1");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^\(([0-9.]+)\)$")]
    private static partial Regex Negative();

    /// <summary>The Cabot sample's proxy statement as the build makes it, compiled once for every table.</summary>
    public sealed class CabotDocuments
    {
        private readonly IReadOnlyList<Table> _tables;

        public CabotDocuments()
        {
            var diagnostics = new DiagnosticBag();
            var options = SampleBuild.Options(Path.Combine(Path.GetTempPath(), "filingforge-unused"), RepositoryPaths.At("data/cabot-2024"));
            var compiled = new FilingCompiler().CompileDocuments(options, diagnostics);
            Assert.True(compiled is not null, string.Join("\n", diagnostics.Sorted()));
            _tables = compiled!.Where(d => d.Document.Name == "proxy-statement")
                .SelectMany(d => BlockTree.Descendants(d.Document.Blocks))
                .OfType<Table>()
                .ToList();
        }

        public Table? Table(string id) => _tables.FirstOrDefault(t => t.Id == id);
    }
}
