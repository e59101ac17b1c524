using FilingForge.Document;

namespace FilingForge.Tests.Writers.Docx;

/// <summary>
/// What the AllNodes document lacks: a cover page (a new-page section first), a later new-page section, a plain
/// section, a caption paragraph, a table without caption, a preliminary legend.
/// </summary>
public static class CoverDocument
{
    public static FilingDocument Build(bool preliminary = false) => new(
        "cover",
        new DocumentProperties("Proxy Statement", "Annual Meeting of Stockholders", "Capstone Turbine Corporation", "Capstone Turbine Corporation",
            new DateOnly(2003, 4, 30), preliminary),
        [
            new Section("cover", SectionStyle.NewPage,
            [
                new Heading(1, [new TextRun("Capstone Turbine Corporation")], "cover-title"),
                new Paragraph([new TextRun("Notice of Annual Meeting of Stockholders")], TextAlignment.Center),
            ]),
            new Section("body", SectionStyle.NewPage,
            [
                new Heading(1, [new TextRun("Proxy Statement")], "proxy-statement"),
                new Paragraph([new TextRun("See "), new InternalLink("votes", [new TextRun("the vote table")]), new TextRun(".")]),
                new Section("plain", SectionStyle.Plain,
                [
                    new Paragraph([new TextRun("Figures in thousands.")], TextAlignment.Left, ParagraphRole.Caption),
                    new Table("votes", [], [new TableColumn("item", ColumnKind.Text, TextAlignment.Left, 2), new TableColumn("votes", ColumnKind.Number, TextAlignment.Right, 1)],
                        [new TableRow([new TableCell([new TextRun("Item")]), new TableCell([new TextRun("Votes")], TextAlignment.Center)])],
                        [
                            new TableRow([new TableCell([new TextRun("For")]), new TableCell([new TextRun("1,000")], TextAlignment.Right)]),
                            new TableRow([new TableCell([new TextRun("Total")]), new TableCell([new TextRun("1,000")], TextAlignment.Right)], 0, RowKind.Total),
                        ],
                        []),
                ]),
            ]),
        ]);
}
