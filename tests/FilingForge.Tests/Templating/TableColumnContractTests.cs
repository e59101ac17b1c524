using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Templating.Tables;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>
/// Footnotes and row notes in the data name table columns by key; the Check stage knows the keys a table may have
/// (<see cref="TableColumns"/>, the data format's vocabulary), the table definitions choose which of them to print.
/// A definition may leave columns out (the seed prints no restricted stock column) but must not invent a key the data
/// could not footnote.
/// </summary>
public class TableColumnContractTests
{
    [Theory]
    [MemberData(nameof(Tables))]
    public void The_schema_lists_exactly_the_column_keys_the_checks_accept(string id, string[] vocabulary)
    {
        var schema = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "schemas", id + ".schema.json"));
        var listed = System.Text.RegularExpressions.Regex.Match(schema, @"Column keys: ([^""]+)\.""");
        Assert.True(listed.Success, $"schemas/{id}.schema.json describes no column keys");

        var keys = listed.Groups[1].Value.Split(", ").Select(k => k.Replace(" (group)", "", StringComparison.Ordinal));

        Assert.Equal(vocabulary, keys);
    }

    public static TheoryData<string, string[]> Tables => new()
    {
        { "summary-compensation", [.. TableColumns.SummaryCompensation] },
        { "option-grants", [.. TableColumns.OptionGrants] },
        { "option-exercises", [.. TableColumns.OptionExercises] },
        { "beneficial-ownership", [.. TableColumns.BeneficialOwnership] },
        { "auditor-fees", [.. TableColumns.AuditorFees] },
    };

    [Theory]
    [MemberData(nameof(Tables))]
    public void Every_column_key_of_a_table_definition_is_one_the_data_can_name(string id, string[] vocabulary)
    {
        var path = Path.Combine(RepositoryPaths.Templates, "proxy-statement", "tables", id + ".yaml");
        var definition = TableDefinitionLoader.Load(path, id, new DiagnosticBag());
        Assert.NotNull(definition);

        var keys = definition.Columns.Select(c => c.Key)
            .Concat(definition.HeaderGroups.Select(g => g.Key))
            .Concat(definition.Lines.Select(l => l.Key))
            .Where(k => k.Length > 0)
            .ToList();

        Assert.NotEmpty(keys);
        Assert.Empty(keys.Except(vocabulary));
    }
}
