using FilingForge.Document;

namespace FilingForge.Tests.Parsing;

public class TableParsingTests
{
    private const string Columns = "column: name text left 3\ncolumn: year text center\ncolumn: salary money right 1.5\n";

    private static Parse.Result Table(string lines) => Parse.Markdown($"Intro.\n\n~~~ ff-table id=t\n{Columns}{lines}~~~\n");

    [Fact]
    public void Columns_read_key_kind_alignment_and_weight()
    {
        var table = Assert.IsType<Table>(Parse.Clean($"~~~ ff-table id=t\n{Columns}~~~\n").Blocks[0]);
        Assert.Equal(
            [new TableColumn("name", ColumnKind.Text, TextAlignment.Left, 3m), new TableColumn("year", ColumnKind.Text, TextAlignment.Center, 1m),
             new TableColumn("salary", ColumnKind.Money, TextAlignment.Right, 1.5m)],
            table.Columns);
    }

    [Fact]
    public void Cells_take_their_starting_columns_alignment_unless_they_set_one()
    {
        var result = Table("header: Name {rowspan=2} | Pay {colspan=2 align=center}\nheader: Year | Salary\nrow 0: A | 2002 | 1 {align=left}\n");
        Assert.Empty(result.Reported);
        var table = Assert.IsType<Table>(result.Blocks[1]);
        Assert.Equal([TextAlignment.Left, TextAlignment.Center], table.HeaderRows[0].Cells.Select(c => c.Alignment));
        Assert.Equal([TextAlignment.Center, TextAlignment.Right], table.HeaderRows[1].Cells.Select(c => c.Alignment));
        Assert.Equal([TextAlignment.Left, TextAlignment.Center, TextAlignment.Left], table.BodyRows[0].Cells.Select(c => c.Alignment));
    }

    [Fact]
    public void A_br_tag_breaks_a_header_cell_and_any_other_tag_stays_reported_raw_html()
    {
        var result = Table("header: Name | Year | Salary<br>($)\nrow 0: A <b r>x</b> | 2002 | 1\n");
        var table = Assert.IsType<Table>(result.Blocks[1]);
        Assert.Equal([new TextRun("Salary"), new LineBreak(), new TextRun("($)")], table.HeaderRows[0].Cells[2].Inlines);
        Assert.Equal(2, result.Reported.Length);
        Assert.All(result.Reported, r => Assert.StartsWith("FF5200 ", r));
    }

    [Fact]
    public void Rows_carry_keep_groups_and_total_kind()
    {
        var table = Assert.IsType<Table>(Table("row 2: A | 2002 | 1\ntotal: Total | | 1\n").Blocks[1]);
        Assert.Equal([(2, RowKind.Body), (0, RowKind.Total)], table.BodyRows.Select(r => (r.KeepGroup, r.Kind)));
        Assert.Empty(table.BodyRows[1].Cells[1].Inlines);
    }

    [Fact]
    public void Caption_and_notes_are_inline_markdown()
    {
        var table = Assert.IsType<Table>(Table("caption: **Summary** Table[^1]\nnote 1: *As paid.*\n").Blocks[1]);
        Assert.IsType<Strong>(table.Caption[0]);
        Assert.Equal(new FootnoteReference("1"), table.Caption[^1]);
        Assert.Equal("1", Assert.Single(table.Footnotes).Marker);
        Assert.IsType<Emphasis>(table.Footnotes[0].Inlines.Single());
    }

    [Theory]
    [InlineData("row 0: A | 2002\n", 7, "body row fills 2 column positions but the table has 3 columns")]
    [InlineData("row 0: A | 2002 | 1 | extra\n", 7, "body row fills 4 column positions but the table has 3 columns")]
    [InlineData("header: A {colspan=2} | B | C\n", 7, "header row fills 4 column positions but the table has 3 columns")]
    [InlineData("row 1: A {rowspan=2} | 2002 | 1\nrow 1: 2001 | 2 | 3\n", 8, "body row fills 4 column positions but the table has 3 columns")]
    public void Row_that_does_not_fill_the_columns_is_an_error_at_its_line(string rows, int line, string message)
    {
        var result = Table(rows);
        var diagnostic = Assert.Single(result.Diagnostics.Items);
        Assert.Equal(("FF5222", line, message), (diagnostic.Id, diagnostic.Location.Line, diagnostic.Message));
    }

    [Fact]
    public void Row_span_past_the_last_row_is_an_error()
    {
        var result = Table("row 1: A {rowspan=3} | 2002 | 1\nrow 1: 2001 | 2\n");
        Assert.Equal(["FF5225 doc.md:7"], result.Reported);
    }

    [Theory]
    [InlineData("column: extra colour left\n", "FF5221 doc.md:7")]
    [InlineData("column: extra text middle\n", "FF5221 doc.md:7")]
    [InlineData("column: extra text left -2\n", "FF5221 doc.md:7")]
    [InlineData("column: extra\n", "FF5221 doc.md:7")]
    public void Invalid_column_is_an_error_at_its_line(string column, string expected) =>
        Assert.Contains(expected, Table(column).Reported);

    [Theory]
    [InlineData("row 0: A {rowspan=two} | 2002 | 1\n")]
    [InlineData("row 0: A {valign=top} | 2002 | 1\n")]
    [InlineData("row 0: A {align=middle} | 2002 | 1\n")]
    public void Malformed_cell_attributes_are_an_error_at_their_line(string row) =>
        Assert.Equal(["FF5223 doc.md:7"], Table(row).Reported);

    [Theory]
    [InlineData("footer: x\n")]
    [InlineData("row x: A | 2002 | 1\n")]
    [InlineData("just words\n")]
    public void Unknown_table_line_is_an_error_at_its_line(string line) =>
        Assert.Equal(["FF5220 doc.md:7"], Table(line).Reported);

    [Fact]
    public void Table_without_columns_is_an_error_at_its_fence() =>
        Assert.Equal(["FF5224 doc.md:1"], Parse.Markdown("~~~ ff-table id=t\nrow 0: x\n~~~\n").Reported);

    [Fact]
    public void Table_without_id_gets_one()
    {
        var result = Parse.Clean("~~~ ff-table\ncolumn: a text left\n~~~\n\n~~~ ff-table\ncolumn: a text left\n~~~\n");
        Assert.Equal(["table", "table-2"], result.Blocks.Cast<Table>().Select(t => t.Id));
    }

    [Theory]
    [InlineData("2002")]
    [InlineData("$372,281")]
    [InlineData("Ake Almgren, President")]
    [InlineData("12.5%  of class")]
    [InlineData("Jean-René — Hydro-Québec")]
    [InlineData("**Total**")]
    [InlineData("a \\* b")]
    public void Cell_reads_like_a_paragraph_of_the_same_text(string text)
    {
        var cell = Parse.Clean($"~~~ ff-table id=t\ncolumn: a text left\nrow 0: {text}\n~~~\n").Single<Table>().BodyRows[0].Cells[0];
        Assert.Equal(Dump(Parse.Inlines(text)), Dump(cell.Inlines));
    }

    private static string Dump(IReadOnlyList<Inline> inlines) =>
        FilingForge.Parsing.IrDump.Write(new FilingDocument("d", Parse.Properties, [new Paragraph(inlines)]));

    [Fact]
    public void Link_to_a_table_id_is_valid() =>
        Parse.Clean("See [the table](#t).\n\n~~~ ff-table id=t\ncolumn: a text left\n~~~\n");
}
