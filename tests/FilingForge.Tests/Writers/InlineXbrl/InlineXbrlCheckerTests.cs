using System.Text;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Tests.Support;
using FilingForge.Writers.Html.InlineXbrl;

namespace FilingForge.Tests.Writers.InlineXbrl;

public sealed class InlineXbrlCheckerTests
{
    internal static readonly string FixtureFolder =
        Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Writers", "InlineXbrl", "Fixtures");

    /// <summary>The concepts the fixtures tag with, as a profile would declare them.</summary>
    internal static readonly XbrlConcept[] Concepts =
    [
        new("dei:DocumentType", Duration: true, Numeric: false),
        new("dei:AmendmentFlag", Duration: true, Numeric: false),
        new("dei:EntityRegistrantName", Duration: true, Numeric: false),
        new("ecd:PvpTableTextBlock", Duration: true, Numeric: false),
        new("ecd:PeoTotalCompAmt", Duration: true, Numeric: true),
        new("us-gaap:NetIncomeLoss", Duration: true, Numeric: true),
        new("ecd:AdjToCompAmt", Duration: true, Numeric: true),
    ];

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureFolder, "*.htm").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(file!);
        return data;
    }

    /// <summary>
    /// Each fixture is valid.htm with one thing broken, and names what it must produce in its first line:
    /// <c>&lt;!-- expect: FF6122 60:30 --&gt;</c> (<c>nothing</c> for the valid one). A breach the Inline XBRL schema
    /// also forbids (a missing unitRef, an on* attribute, a context without a period) is listed with its FF6121.
    /// </summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_yields_exactly_the_diagnostics_it_declares(string fixture)
    {
        var bytes = File.ReadAllBytes(Path.Combine(FixtureFolder, fixture));
        var diagnostics = new DiagnosticBag();

        new InlineXbrlChecker().Check(fixture, bytes, Concepts, diagnostics);

        var actual = diagnostics.Sorted().Select(d => $"{d.Id} {d.Location.Line}:{d.Location.Column}").ToArray();
        Assert.Equal(ExpectedDiagnostics(bytes), actual);
    }

    [Fact]
    public void Every_inline_xbrl_check_has_a_fixture()
    {
        var declared = typeof(InlineXbrlDiagnostics).GetFields()
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>().Select(d => d.Id);
        var covered = Directory.GetFiles(FixtureFolder, "*.htm")
            .SelectMany(f => ExpectedDiagnostics(File.ReadAllBytes(f)))
            .Select(e => e.Split(' ')[0])
            .ToHashSet();

        Assert.Equal([], declared.Where(id => !covered.Contains(id)).ToArray());
    }

    [Fact]
    public void Locations_name_the_file_and_the_fact()
    {
        var text = File.ReadAllText(Path.Combine(FixtureFolder, "ff6126-inconsistent-duplicate.htm"));
        var diagnostics = new DiagnosticBag();

        new InlineXbrlChecker().Check("out/def14a.htm", Encoding.ASCII.GetBytes(text), Concepts, diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(
            "out/def14a.htm:62:32: error FF6126: ecd:PeoTotalCompAmt in context 'FY2023' is 7793000 here but 7791510 at line 52; facts of the same concept, context and unit must agree",
            diagnostic.ToString());
    }

    [Fact]
    public void Breaches_beyond_the_cap_are_counted_in_one_summary()
    {
        var text = File.ReadAllText(Path.Combine(FixtureFolder, "valid.htm"))
            .Replace("<p>Page break.</p>", "<p>" + string.Concat(Enumerable.Repeat("\u00e9", 60)) + "</p>", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();

        new InlineXbrlChecker().Check("many.htm", Encoding.UTF8.GetBytes(text), Concepts, diagnostics);

        Assert.Equal(50, diagnostics.Items.Count(d => d.Id == "FF6137"));
        var summary = Assert.Single(diagnostics.Items, d => d.Id == "FF6199");
        Assert.Equal([10, "FF6137"], summary.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><ix:nonFraction xmlns:ix=\"http://www.xbrl.org/2013/inlineXBRL\"/></body></html>")]
    [InlineData("<!DOCTYPE html [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><html>&e;</html>")]
    public void Malformed_input_yields_diagnostics_not_exceptions(string text)
    {
        var diagnostics = new DiagnosticBag();

        new InlineXbrlChecker().Check("bad.htm", Encoding.UTF8.GetBytes(text), Concepts, diagnostics);

        Assert.True(diagnostics.HasErrors);
    }

    private static string[] ExpectedDiagnostics(byte[] fixture)
    {
        var firstLine = Encoding.UTF8.GetString(fixture).TrimStart('\uFEFF').Split('\n')[0];
        var expect = firstLine.Replace("<!-- expect:", "", StringComparison.Ordinal).Replace("-->", "", StringComparison.Ordinal).Trim();
        return expect == "nothing" ? [] : expect.Split(", ");
    }
}
