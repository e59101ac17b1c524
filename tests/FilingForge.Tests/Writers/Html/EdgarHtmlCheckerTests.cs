using System.Text;
using System.Text.RegularExpressions;
using FilingForge.Diagnostics;
using FilingForge.Tests.Support;
using FilingForge.Writers.Html.Edgar;

namespace FilingForge.Tests.Writers.Html;

public sealed partial class EdgarHtmlCheckerTests
{
    private static readonly string FixtureFolder =
        Path.Combine(RepositoryPaths.Root, "tests", "FilingForge.Tests", "Writers", "Html", "EdgarFixtures");

    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(FixtureFolder, "*.htm").Select(Path.GetFileName).Order(StringComparer.Ordinal))
            data.Add(file!);
        return data;
    }

    /// <summary>Each fixture names the diagnostics it must produce in its first comment: <c>&lt;!-- expect: FF6101 3:9 --&gt;</c>.</summary>
    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Each_fixture_yields_exactly_the_breaches_it_declares(string fixture)
    {
        var path = Path.Combine(FixtureFolder, fixture);
        var expected = ExpectedDiagnostics(File.ReadAllText(path));
        var diagnostics = new DiagnosticBag();

        new EdgarHtmlChecker().CheckFile(path, diagnostics);

        var actual = diagnostics.Sorted().Select(d => $"{d.Id} {d.Location.Line}:{d.Location.Column}").ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_edgar_rule_has_a_fixture()
    {
        var declared = typeof(FilingForge.Writers.Html.HtmlDiagnostics).GetFields()
            .Select(f => f.GetValue(null)).OfType<DiagnosticDescriptor>()
            .Select(d => d.Id)
            .Where(id => string.CompareOrdinal(id, "FF6101") >= 0 && string.CompareOrdinal(id, "FF6139") <= 0);
        var covered = Directory.GetFiles(FixtureFolder, "*.htm")
            .SelectMany(f => ExpectedDiagnostics(File.ReadAllText(f)))
            .Select(e => e.Split(' ')[0])
            .ToHashSet();

        Assert.Equal([], declared.Where(id => !covered.Contains(id)).ToArray());
    }

    [Fact]
    public void Locations_name_the_file_and_print_one_based()
    {
        var diagnostics = new DiagnosticBag();
        new EdgarHtmlChecker().Check("out/proxy-card.htm", "<html>\n<body>\n  <span>x</span>"u8, diagnostics);

        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal("out/proxy-card.htm:3:3: error FF6101: <span> is not part of the allowed subset in EDGAR HTML (EDGAR-RULES.md §1–2)", diagnostic.ToString());
    }

    [Fact]
    public void Breaches_beyond_the_cap_are_counted_in_one_summary()
    {
        var text = "<html><body>" + string.Concat(Enumerable.Repeat("<span>x</span>", 60)) + "</body></html>";
        var diagnostics = new DiagnosticBag();

        new EdgarHtmlChecker().Check("many.htm", Encoding.ASCII.GetBytes(text), diagnostics);

        Assert.Equal(50, diagnostics.Items.Count(d => d.Id == "FF6101"));
        var summary = Assert.Single(diagnostics.Items, d => d.Id == "FF6199");
        Assert.Equal([10, "FF6101"], summary.Arguments);
    }

    [Theory]
    [InlineData("proxy-statement.htm", true)]
    [InlineData("proxy-card.htm", true)]
    [InlineData("cert_2003.htm", true)]
    [InlineData("a.htm", true)]
    [InlineData("Proxy-card.htm", false)]
    [InlineData("proxy-card.html", false)]
    [InlineData("ethics-certification-karen-clark.htm", false)]
    [InlineData("proxy_card-2003.htm", false)]
    [InlineData("proxy card.htm", false)]
    [InlineData("proxy.card.htm", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabc.htm", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyzab.htm", true)]
    [InlineData(".htm", false)]
    public void File_names_follow_edgar_rule_8(string name, bool accepted) =>
        Assert.Equal(accepted, EdgarFileName.Problem(name) is null);

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<<<<>>>>")]
    [InlineData("<a")]
    [InlineData("<a href='")]
    [InlineData("<a href=\"#")]
    [InlineData("<a href=#x")]
    [InlineData("<!--")]
    [InlineData("<!-->")]
    [InlineData("<!")]
    [InlineData("<?")]
    [InlineData("</")]
    [InlineData("</>")]
    [InlineData("</a")]
    [InlineData("<script>")]
    [InlineData("<script></scr")]
    [InlineData("<plaintext><table><table>")]
    [InlineData("<a href=\"&#xFFFFFFFFF;&#99999999999;&#;&#x;&\">")]
    [InlineData("<img src=>")]
    [InlineData("<img src=\"?#\">")]
    [InlineData("<a href=\"http://[::1\">")]
    [InlineData("<a href=\":\">")]
    [InlineData("<p style=\"/* unclosed\">")]
    [InlineData("<=a =b ==c>")]
    [InlineData("\uD800<\uDC00a>")]
    public void Garbage_never_throws(string text)
    {
        var diagnostics = new DiagnosticBag();
        var exception = Record.Exception(() => new EdgarHtmlChecker().Check("garbage.htm", Encoding.UTF8.GetBytes(text), diagnostics));
        Assert.Null(exception);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        var random = new Random(20030530);
        var alphabet = Encoding.ASCII.GetBytes("<>/!-=\"' &#;:abcdehlmnoprstx\n\t");
        for (var round = 0; round < 500; round++)
        {
            var bytes = new byte[random.Next(0, 400)];
            for (var i = 0; i < bytes.Length; i++)
                bytes[i] = random.Next(4) == 0 ? (byte)random.Next(256) : alphabet[random.Next(alphabet.Length)];
            var diagnostics = new DiagnosticBag();
            var exception = Record.Exception(() => new EdgarHtmlChecker().Check("random.htm", bytes, diagnostics));
            Assert.True(exception is null, $"round {round}: {exception}");
        }
    }

    [Fact]
    public void A_utf16_file_is_reported_not_crashed_on()
    {
        var diagnostics = new DiagnosticBag();
        new EdgarHtmlChecker().Check("utf16.htm", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body>x</body></html>")).ToArray(), diagnostics);

        Assert.Contains(diagnostics.Items, d => d.Id == "FF6115");
        Assert.Contains(diagnostics.Items, d => d.Id == "FF6114");
    }

    private static string[] ExpectedDiagnostics(string fixtureText)
    {
        var match = ExpectComment().Match(fixtureText);
        Assert.True(match.Success, "fixture lacks its <!-- expect: ... --> comment");
        var list = match.Groups[1].Value.Trim();
        return list == "none"
            ? []
            : list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex("<!-- expect: ([^>]*?) -->")]
    private static partial Regex ExpectComment();
}
