using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Tests.Review;

/// <summary>Small documents for diff tests, parsed from FilingForge Markdown.</summary>
internal static class ReviewDocuments
{
    public static readonly DocumentProperties Properties = new("Proxy Statement", "Test", "Capstone Turbine Corporation", "Tests", new DateOnly(2003, 4, 24), false);

    public static FilingDocument Parse(string markdown, string name = "proxy-statement")
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownParser.Parse(markdown, name, Properties, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return document;
    }

    public const string Compensation = """
        # Election of Directors

        The Board has nominated six directors for election at the meeting.

        Eliot Protsch has served as a director since 1998 and leads the audit committee with care.

        # Executive Compensation

        ~~~ ff-table id=summary-compensation
        caption: Summary Compensation Table
        column: name text left 3
        column: year text center 1
        column: salary money right 1.5
        column: bonus money right 1.5
        header: Name and Principal Position {rowspan=2} | Year {rowspan=2} | Annual Compensation {colspan=2 align=center}
        header: Salary ($) {align=center} | Bonus ($) {align=center}
        row 1: Ake Almgren[^4] | 2002 | $372,281 | —
        row 1: President and Chief Executive Officer | 2001 | 351,346 | —
        row 2: Karen Clark | 2002 | 235,096 | 24,600[^5]
        row 2: Chief Financial Officer | 2001 | 100,000 | —
        note 1: Perquisites are omitted where under the threshold.
        ~~~

        The table above shows compensation for the three years ended December 31, 2002.
        """;
}
