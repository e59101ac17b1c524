using System.Text.Encodings.Web;
using System.Text.Json;
using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Tests.Support;
using FilingForge.Values;

namespace FilingForge.Tests.Templating;

/// <summary>
/// A small filing (two directors, two officers, figures from the seed) for Template-stage tests that must not depend on
/// the sample data or the Compute stage. Templates read the profile's value tree, so the data are the files of
/// <c>small-filing/</c> read by the loader; the derived figures are set here by hand, over the loaded objects.
/// <paramref name="name"/> replaces one director's name, so hostile values can be pushed through every template; the
/// variations are written into a copy of the files, so they go through the loader too.
/// </summary>
internal static class SmallFiling
{
    public static string Directory => RepositoryPaths.At("tests/FilingForge.Tests/Templating/small-filing");

    /// <param name="filingType">The <c>filing_type</c> of <c>meeting.yaml</c> as written there (<c>preliminary</c>).</param>
    public static ComputedFiling Create(string? name = null, string filingType = "definitive", DateOnly? returnBy = null)
    {
        if (name is null && filingType == "definitive" && returnBy is null) return Load(Directory);
        var copy = System.IO.Directory.CreateTempSubdirectory("ff-small-filing-").FullName;
        try
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(Directory))
                File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
            if (name is not null) Edit(copy, "people.yaml", "name: Eliot G. Protsch", "name: " + Quoted(name));
            Edit(copy, "meeting.yaml", "filing_type: definitive", "filing_type: " + filingType);
            if (returnBy is { } date) Edit(copy, "ethics.yaml", "  year: 2003", $"  year: 2003\n  return_by: {date:yyyy-MM-dd}");
            return Load(copy);
        }
        finally
        {
            System.IO.Directory.Delete(copy, recursive: true);
        }
    }

    private static ComputedFiling Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(directory, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        return Computed(filing!);
    }

    /// <summary>The figures as the seed prints them, not recomputed, so a change in Compute cannot move these tests.</summary>
    private static ComputedFiling Computed(FilingValues filing)
    {
        var byId = filing.File("people").Objects("people").ToDictionary(p => p.Text("id")!);
        var directors = filing.File("directors").Objects("directors");
        var audit = filing.File("committees").Objects("committees")[0];
        var officers = filing.File("summary-compensation").Objects("officers");
        var (almgren, clark) = (officers[0], officers[1]);
        var recipients = filing.File("option-grants").Objects("recipients");
        var feeYears = filing.File("auditor-fees").Objects("years");
        var graph = filing.File("performance-graph");
        return new ComputedFiling
        {
            Values = filing,
            PeopleById = byId,
            Nominees = directors,
            CardNominees = directors.Select(d => byId[d.Text("person")!]).ToList(),
            CardLegend = new CardLegend([], 1),
            SeatsByPerson = new Dictionary<string, IReadOnlyList<CommitteeSeat>> { ["protsch"] = [new CommitteeSeat(audit, true)], ["marcoux"] = [new CommitteeSeat(audit, false)] },
            SummaryCompensation =
            [
                new SummaryCompensationRow(almgren, byId["almgren"], almgren.Objects("years")[0], true, null),
                new SummaryCompensationRow(almgren, byId["almgren"], almgren.Objects("years")[1], false, null),
                new SummaryCompensationRow(clark, byId["clark"], clark.Objects("years")[0], true, 62868m),
            ],
            OptionGrants =
            [
                new OptionGrantRow(recipients[0], byId["almgren"], recipients[0].Objects("grants")[0], true, 2.62m, 10, [178292m, 451826m]),
                new OptionGrantRow(recipients[1], byId["clark"], recipients[1].Objects("grants")[0], true, 6.12m, 10, [1034532m, 2621706m]),
                new OptionGrantRow(recipients[2], byId["cayley"], null, true, 0m, 10, []),
            ],
            Ownership = [new OwnershipRow("Ake Almgren", byId["almgren"], 2104453, 2026875, 2.58m, false, ["3"]), new OwnershipRow("Karen Clark", byId["clark"], 117763, 116667, 0.14m, true, [])],
            OwnershipGroup = new OwnershipRow("Executive Officers and Directors as a group (11 persons)", null, 5448395, 2026875, 6.67m, false, []),
            AuditorFees = [new FeeYearTotals(feeYears[0], 448000m), new FeeYearTotals(feeYears[1], 721000m)],
            PerformanceGraph = new PerformanceGraphIndex(graph.Dates("periods"), graph.Objects("series").Select(s => new IndexedSeries(s, s.Numbers("values"))).ToList()),
        };
    }

    /// <summary>Replaces the first occurrence only, so a value the edit writes is never edited again.</summary>
    private static void Edit(string directory, string file, string from, string to)
    {
        var path = Path.Combine(directory, file);
        var text = File.ReadAllText(path);
        var at = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{file} has no '{from}'");
        File.WriteAllText(path, text[..at] + to + text[(at + from.Length)..]);
    }

    /// <summary>A JSON string is a YAML double-quoted scalar, so any name is written as itself.</summary>
    private static string Quoted(string value) =>
        JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
