using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Tests.Loading;

public sealed class YamlTreeReaderTests
{
    private static (DataNode? Root, DiagnosticBag Diagnostics) Read(string text)
    {
        var diagnostics = new DiagnosticBag();
        return (YamlTreeReader.Read(text, "test.yaml", diagnostics), diagnostics);
    }

    private static DataNode Value(DataNode node, string key) =>
        ((DataMapping)node).Entries.Single(e => e.Key.Value == key).Value;

    [Fact]
    public void Yaml_positions_are_one_based_line_and_column_of_each_key_and_value()
    {
        var (root, diagnostics) = Read("auditor: Deloitte\nyears:\n  - year: 2002\n    audit_fees: 321000\n");

        Assert.Empty(diagnostics.Items);
        var mapping = Assert.IsType<DataMapping>(root);
        Assert.Equal(new SourceLocation("test.yaml", 1, 1), mapping.Location);
        Assert.Equal(new SourceLocation("test.yaml", 1, 1), mapping.Entries[0].Key.Location);
        Assert.Equal(new SourceLocation("test.yaml", 1, 10), mapping.Entries[0].Value.Location);
        var years = Assert.IsType<DataSequence>(Value(mapping, "years"));
        var year = Assert.IsType<DataMapping>(years.Items[0]);
        Assert.Equal(new SourceLocation("test.yaml", 3, 5), year.Location);
        Assert.Equal(new SourceLocation("test.yaml", 4, 17), Value(year, "audit_fees").Location);
    }

    [Fact]
    public void Json_positions_are_one_based_line_and_column_of_each_key_and_value()
    {
        var (root, diagnostics) = Read("{\n  \"auditor\": \"Deloitte\",\n  \"years\": [\n    {\"year\": 2002, \"audit_fees\": 321000}\n  ]\n}\n");

        Assert.Empty(diagnostics.Items);
        var mapping = Assert.IsType<DataMapping>(root);
        Assert.Equal(new SourceLocation("test.yaml", 1, 1), mapping.Location);
        Assert.Equal(new SourceLocation("test.yaml", 2, 3), mapping.Entries[0].Key.Location);
        Assert.Equal(new SourceLocation("test.yaml", 2, 14), mapping.Entries[0].Value.Location);
        var year = Assert.IsType<DataMapping>(Assert.IsType<DataSequence>(Value(mapping, "years")).Items[0]);
        Assert.Equal(new SourceLocation("test.yaml", 4, 5), year.Location);
        Assert.Equal(new SourceLocation("test.yaml", 4, 34), Value(year, "audit_fees").Location);
    }

    [Fact]
    public void Json_with_tabs_and_escapes_reads_as_text()
    {
        var (root, diagnostics) = Read("{\n\t\"name\": \"caf\\u00e9 \\/ bar\",\n\t\"n\": 1.50\n}");

        Assert.Empty(diagnostics.Items);
        Assert.Equal("café / bar", Assert.IsType<DataScalar>(Value(root!, "name")).Value);
        var number = Assert.IsType<DataScalar>(Value(root!, "n"));
        Assert.Equal(("1.50", true), (number.Value, number.IsPlain));
        Assert.Equal(new SourceLocation("test.yaml", 3, 7), number.Location);
    }

    [Fact]
    public void Quoted_and_block_scalars_are_not_plain_so_they_never_read_as_numbers_or_null()
    {
        var (root, _) = Read("a: \"12\"\nb: '~'\nc: |\n  text\nd: 12\ne:\n");

        Assert.False(((DataScalar)Value(root!, "a")).IsPlain);
        Assert.False(((DataScalar)Value(root!, "b")).IsNull);
        Assert.Equal("text\n", ((DataScalar)Value(root!, "c")).Value);
        Assert.True(((DataScalar)Value(root!, "d")).IsPlain);
        Assert.True(((DataScalar)Value(root!, "e")).IsNull);
    }

    [Fact]
    public void Duplicate_key_points_at_the_second_occurrence_and_names_the_line_of_the_first()
    {
        var (_, diagnostics) = Read("a: 1\nb: 2\na: 3\n");

        var duplicate = Assert.Single(diagnostics.Items);
        Assert.Equal(("FF1002", 3, 1), (duplicate.Id, duplicate.Location.Line, duplicate.Location.Column));
        Assert.Equal(["a", 1], duplicate.Arguments);
    }

    [Fact]
    public void Alias_is_refused_and_never_expanded()
    {
        var (root, diagnostics) = Read("a: &x [1, 2]\nb: *x\n");

        Assert.IsType<DataRejected>(Value(root!, "b"));
        Assert.Equal(["FF1003"], diagnostics.Items.Select(d => d.Id));
    }

    [Fact]
    public void Nesting_of_64_levels_is_read_and_65_is_refused()
    {
        var (allowed, allowedDiagnostics) = Read(new string('[', 64) + new string(']', 64));
        var (refused, refusedDiagnostics) = Read(new string('[', 65) + new string(']', 65));

        Assert.NotNull(allowed);
        Assert.Empty(allowedDiagnostics.Items);
        Assert.Null(refused);
        var tooDeep = Assert.Single(refusedDiagnostics.Items);
        Assert.Equal(("FF1005", 1, 65), (tooDeep.Id, tooDeep.Location.Line, tooDeep.Location.Column));
    }

    [Theory]
    [InlineData("a: [1, 2\nb: 3\n")]
    [InlineData("a: {x: 1\n")]
    [InlineData("a: 'x\n")]
    [InlineData("[")]
    [InlineData("%YAML 1.1\n%YAML 1.1\n---\na: 1\n")]
    public void Malformed_yaml_is_one_syntax_diagnostic_not_an_exception(string text)
    {
        var (root, diagnostics) = Read(text);

        Assert.Null(root);
        Assert.Contains(diagnostics.Items, d => d.Id == "FF1001");
    }
}
