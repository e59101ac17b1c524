using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Templating;
using FilingForge.Templating.Tables;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating.Tables;

public sealed class TableShapeCheckTests
{
    [Fact]
    public void Every_table_of_the_templates_reads_only_what_the_1992_profile_declares()
    {
        var diagnostics = new DiagnosticBag();
        TableShapeCheck.Check(TestProfile.Default, RepositoryPaths.Templates, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void Every_table_of_the_2022_templates_reads_only_what_the_2022_profile_declares()
    {
        var diagnostics = new DiagnosticBag();
        TableShapeCheck.Check(TestProfile.Current, RepositoryPaths.Templates, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
    }

    [Theory]
    [InlineData("proxy-statement/tables/summary-compensation.yaml", "value: year.salary", "value: year.salery", "salery", "salary")]
    [InlineData("proxy-statement/tables/auditor-fees.yaml", "rows: computed.auditor_fees", "rows: computed.auditor_fee", "auditor_fee", "auditor_fees")]
    [InlineData("proxy-statement/tables/beneficial-ownership.yaml", "footnotes: beneficial_ownership.footnotes", "footnotes: beneficial_ownership.notes", "notes", "")]
    [InlineData("proxy-statement/tables/performance-graph.yaml", "series_name: source.name", "series_name: source.nam", "nam", "name")]
    public void A_table_path_that_reads_nothing_the_profile_declares_is_FF5020_at_the_path(string file, string find, string replace, string missing, string suggestion)
    {
        var copy = Directory.CreateTempSubdirectory("ff-table-shape-").FullName;
        try
        {
            TemporaryCopy.Folder(RepositoryPaths.Templates, copy);
            var path = Path.Combine(copy, file);
            var lines = File.ReadAllLines(path);
            var line = Array.FindIndex(lines, l => l.Contains(find, StringComparison.Ordinal));
            Assert.True(line >= 0, $"{file} has no `{find}`");
            lines[line] = lines[line].Replace(find, replace, StringComparison.Ordinal);
            File.WriteAllLines(path, lines);
            var diagnostics = new DiagnosticBag();

            TableShapeCheck.Check(TestProfile.Default, copy, diagnostics);

            var d = Assert.Single(diagnostics.Items);
            Assert.Equal("FF5020", d.Id);
            Assert.Equal((DisplayPathOf(path), line + 1), (d.Location.File, d.Location.Line));
            Assert.Contains($"no `{missing}`", d.Message);
            if (suggestion.Length > 0) Assert.Contains(suggestion, d.Message);
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void A_misspelt_field_of_the_enclosing_item_of_a_nested_row_is_FF5020_with_the_closest_key()
    {
        var d = Assert.Single(CheckAChangedCopy(TestProfile.Current, "proxy-statement-2022/tables/summary-compensation-2022.yaml",
            "second_line: ^.position", "second_line: ^.positon"));

        Assert.Equal("FF5020", d.Id);
        Assert.Contains("no `positon`", d.Message);
        Assert.Contains("position", d.Message.Replace("no `positon`", "", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_that_reach_one_object_rather_than_a_list_are_FF5020_at_rows()
    {
        var d = Assert.Single(CheckAChangedCopy(TestProfile.Default, "proxy-statement/tables/beneficial-ownership.yaml",
            "rows: computed.ownership\n", "rows: computed.ownership_group\n"));

        Assert.Equal("FF5020", d.Id);
        Assert.Contains("`rows: computed.ownership_group` reaches no list of rows", d.Message);
    }

    /// <summary>The table check's diagnostics for a copy of the templates with one text of one definition replaced.</summary>
    private static IReadOnlyList<Diagnostic> CheckAChangedCopy(Profile profile, string file, string find, string replace)
    {
        var copy = Directory.CreateTempSubdirectory("ff-table-shape-").FullName;
        try
        {
            TemporaryCopy.Folder(RepositoryPaths.Templates, copy);
            var path = Path.Combine(copy, file);
            var text = File.ReadAllText(path);
            Assert.Contains(find, text);
            File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
            var diagnostics = new DiagnosticBag();
            TableShapeCheck.Check(profile, copy, diagnostics);
            return diagnostics.Items;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Fact]
    public void The_computed_shape_has_every_key_the_computed_values_of_the_sample_have()
    {
        var computed = (Dictionary<string, object?>)TemplateContextBuilder.Build(SmallFiling.Create())["computed"]!;
        var shape = TemplateShape.Of(TestProfile.Default);
        var missing = Paths("computed", computed).Where(p => shape.Follow(p).Shape is null).ToArray();
        Assert.Empty(missing);
    }

    /// <summary>Every key path of a template value, list items as index 0, not descending into data-tree objects twice.</summary>
    private static IEnumerable<string> Paths(string prefix, object? value) => value switch
    {
        Dictionary<string, object?> item => item.SelectMany(e => Paths($"{prefix}.{e.Key}", e.Value).Prepend($"{prefix}.{e.Key}")),
        List<object?> list => list.Take(1).SelectMany(i => Paths($"{prefix}.0", i)),
        _ => [],
    };

    private static string DisplayPathOf(string path) => FilingForge.Loading.DisplayPath.Of(path);

}
