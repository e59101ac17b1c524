using FilingForge.Diagnostics;

namespace FilingForge.Tests.Templating;

public class LayoutHelperTests
{
    private static string Render(string template)
    {
        var diagnostics = new DiagnosticBag();
        var text = TemplateTestHost.Render(template, diagnostics);
        Assert.True(text is not null, string.Join("\n", diagnostics.Items));
        return text!.Markdown;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Columns_fill_down_each_column_first_and_leave_the_short_columns_last_cells_empty(int columns)
    {
        var names = Render("{{ for n in computed.card_nominees }}{{ n.name }}|{{ end }}").Split("|", StringSplitOptions.RemoveEmptyEntries);
        var rows = (names.Length + columns - 1) / columns;

        var grid = Render($"{{{{ for row in (columns computed.card_nominees {columns}) }}}}{{{{ for cell in row }}}}[{{{{ if cell }}}}{{{{ cell.index }}}}={{{{ cell.item.name }}}}{{{{ end }}}}]{{{{ end }}}}\n{{{{ end }}}}");

        var expected = Enumerable.Range(0, rows).Select(r =>
            string.Concat(Enumerable.Range(0, columns).Select(c => c * rows + r).Select(i => i < names.Length ? $"[{i}={names[i]}]" : "[]")));
        Assert.Equal(expected, grid.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(names.Length >= 2 && (columns < 3 || grid.Contains("[]", StringComparison.Ordinal)), "the filing must have a short last column at three columns");
    }

    [Theory]
    [InlineData("{{ columns people.people 0 }}")]
    [InlineData("{{ columns people.people 7 }}")]
    [InlineData("{{ columns company 2 }}")]
    public void Columns_reject_a_count_outside_one_to_six_and_anything_but_a_list(string template)
    {
        var diagnostics = new DiagnosticBag();
        Assert.Null(TemplateTestHost.Render(template, diagnostics));
        var error = Assert.Single(diagnostics.Items);
        Assert.Equal("FF5005", error.Id);
        Assert.Contains("columns", error.Message, StringComparison.Ordinal);
    }
}
