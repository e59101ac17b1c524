using FilingForge.Diagnostics;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>Tables come from their definitions: changing the YAML alone changes the table.</summary>
public sealed class TableDefinitionTests : IDisposable
{
    private readonly string _templates = Path.Combine(Path.GetTempPath(), "ff-templates-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N"));

    public TableDefinitionTests()
    {
        var tables = Path.Combine(_templates, "proxy-statement", "tables");
        Directory.CreateDirectory(tables);
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Templates, "proxy-statement", "tables")))
            File.Copy(file, Path.Combine(tables, Path.GetFileName(file)));
    }

    public void Dispose() => Directory.Delete(_templates, recursive: true);

    private string DefinitionPath(string id) => Path.Combine(_templates, "proxy-statement", "tables", id + ".yaml");

    private string RenderTable(string id, DiagnosticBag diagnostics, string type = "definitive")
    {
        var result = TemplateTestHost.Render($"{{{{ table \"{id}\" }}}}\n", diagnostics, SmallFiling.Create(filingType: type), _templates);
        return result?.Markdown ?? "";
    }

    [Fact]
    public void A_column_added_in_the_definition_alone_appears_in_the_table()
    {
        var yaml = File.ReadAllText(DefinitionPath("summary-compensation"));
        yaml = yaml.Replace("header_groups:", """
              - key: other_annual_compensation
                header: [Other Annual, Compensation ($)]
                kind: money
                value: year.other_annual_compensation
                notes: year.notes
            header_groups:
            """.Replace("\n  ", "\n  "));
        yaml = yaml.Replace("columns: [salary, bonus]", "columns: [salary, bonus, other_annual_compensation]");
        File.WriteAllText(DefinitionPath("summary-compensation"), yaml);

        var diagnostics = new DiagnosticBag();
        var table = RenderTable("summary-compensation", diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.Contains("column: other_annual_compensation money right 1", table);
        Assert.Contains("Annual Compensation[^1] {colspan=3 align=center}", table);
        Assert.Contains("Other Annual<br>Compensation ($) {align=center}", table);
        Assert.Contains("row 1: Ake Almgren[^4] | 2002 | $372,281 | — | 150,000 | — | —", table);
    }

    [Fact]
    public void A_header_changed_in_the_definition_alone_changes_the_table()
    {
        var yaml = File.ReadAllText(DefinitionPath("nominees")).Replace("header: Director Since", "header: First Elected");
        File.WriteAllText(DefinitionPath("nominees"), yaml);

        var diagnostics = new DiagnosticBag();
        var table = RenderTable("nominees", diagnostics);

        Assert.Empty(diagnostics.Items);
        Assert.Contains("header: Name | Age | First Elected", table);
    }

    [Fact]
    public void A_value_path_the_data_lacks_is_FF5012_in_the_definition_file()
    {
        File.WriteAllText(DefinitionPath("nominees"), File.ReadAllText(DefinitionPath("nominees")).Replace("value: director_since", "value: director_snice"));

        var diagnostics = new DiagnosticBag();
        RenderTable("nominees", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("FF5012", d.Id);
        Assert.Equal("templates/proxy-statement/tables/nominees.yaml".Replace("templates/", Path.GetFileName(_templates) + "/"), d.Location.File);
        Assert.Equal("director_snice", d.Arguments[1]);
    }

    [Fact]
    public void An_unknown_key_in_a_definition_is_FF5011_at_its_line()
    {
        File.WriteAllText(DefinitionPath("nominees"), "id: nominees\nrows: computed.nominees\ncolumnz: []\n");

        var diagnostics = new DiagnosticBag();
        RenderTable("nominees", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("FF5011", d.Id);
        Assert.Equal(3, d.Location.Line);
    }

    /// <summary>Issue 16 item 15: the message named `System.String, System.Private.CoreLib, Version=10.0.0.0`.</summary>
    [Theory]
    [InlineData("caption: [a]", "expected text, found a list")]
    [InlineData("caption: x\ncolumns:\n  - key: name\n    width: [3]", "expected a number, found a list")]
    public void A_wrong_value_in_a_definition_is_told_in_yaml_words_not_dotnet_type_names(string body, string expected)
    {
        File.WriteAllText(DefinitionPath("nominees"), "id: nominees\nrows: computed.nominees\n" + body + "\n");

        var diagnostics = new DiagnosticBag();
        RenderTable("nominees", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("FF5011", d.Id);
        Assert.EndsWith(expected, d.Message);
        Assert.DoesNotContain("System.", d.Message);
    }

    [Fact]
    public void A_person_spanning_years_prints_the_name_once_the_position_below_and_keeps_the_rows_together()
    {
        var diagnostics = new DiagnosticBag();
        var table = RenderTable("summary-compensation", diagnostics);

        Assert.Contains("row 1: Ake Almgren[^4] | 2002 | $372,281 | — | 150,000 | —\n", table);
        Assert.Contains("row 1: President and Chief Executive Officer | 2001 | 351,346 | — | 100,000 | —\n", table);
        Assert.Contains("row 2: Karen Clark | 2002 | 235,096 | 24,600 | 400,000 | 62,868[^5]\n", table);
        Assert.Contains("row 2: Chief Financial Officer |  |  |  |  | \n", table);
    }

    [Fact]
    public void Transposed_fees_put_the_dollar_sign_on_the_first_row_and_the_total()
    {
        var diagnostics = new DiagnosticBag();
        var table = RenderTable("auditor-fees", diagnostics);

        Assert.Contains("row 0: Audit Fees[^1] | $321,000 | $448,000\n", table);
        Assert.Contains("row 0: Tax Fees | 109,000 | 261,000\n", table);
        Assert.Contains("row 0: All Other Fees | 5,000 | —\n", table);
        Assert.Contains("total: Total | $448,000 | $721,000\n", table);
    }

    [Fact]
    public void A_named_executive_without_grants_prints_the_zero_row()
    {
        var diagnostics = new DiagnosticBag();
        var table = RenderTable("option-grants", diagnostics);
        Assert.Contains("row 3: Susan N. Cayley | -0- | 0% | N/A | N/A | N/A | N/A\n", table);
        Assert.Contains("row 1: Ake Almgren | 150,000 | 2.62% | 1.89 | 06/26/2012 | $178,292 | $451,826\n", table);
    }

    [Fact]
    public void A_footnote_naming_a_column_the_table_lacks_is_an_FF5014_warning()
    {
        File.WriteAllText(DefinitionPath("beneficial-ownership"), File.ReadAllText(DefinitionPath("beneficial-ownership")).Replace("key: percent_of_class", "key: percent_owned"));

        var diagnostics = new DiagnosticBag();
        RenderTable("beneficial-ownership", diagnostics);

        var d = Assert.Single(diagnostics.Items);
        Assert.Equal("FF5014", d.Id);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal("percent_of_class", d.Arguments[2]);
    }
}
