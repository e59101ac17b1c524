using FilingForge.Templating.Tables;

namespace FilingForge.Tests.Templating.Tables;

public sealed class RowPathTests
{
    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    private static readonly Dictionary<string, object?> Root = Map(("summary_compensation", Map(("executives", new List<object?>
    {
        Map(("person", "keohane"), ("years", new List<object?> { Map(("year", 2023m)), Map(("year", 2022m)) })),
        Map(("person", "zhu"), ("years", new List<object?> { Map(("year", 2023m)) })),
        Map(("person", "nobody"), ("years", null)),
    }))));

    [Fact]
    public void A_path_through_nested_lists_gives_every_inner_item_in_order_with_its_enclosing_item_under_a_caret()
    {
        var result = RowPath.Resolve(Root, "summary_compensation.executives.years");

        Assert.True(result.Found);
        var rows = result.Rows.Cast<IReadOnlyDictionary<string, object?>>().ToList();
        Assert.Equal([("keohane", 2023m), ("keohane", 2022m), ("zhu", 2023m)],
            rows.Select(r => ((string)((IReadOnlyDictionary<string, object?>)r["^"]!)["person"]!, (decimal)r["year"]!)));
    }

    [Fact]
    public void A_path_to_one_list_gives_its_items_as_they_are()
    {
        var result = RowPath.Resolve(Root, "summary_compensation.executives");

        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, row => Assert.False(((IReadOnlyDictionary<string, object?>)row!).ContainsKey("^")));
    }

    [Fact]
    public void A_key_that_no_item_has_is_reported_as_missing()
    {
        var result = RowPath.Resolve(Root, "summary_compensation.executives.yeers");

        Assert.False(result.Found);
        Assert.Equal("yeers", result.MissingKey);
    }

    [Fact]
    public void A_path_that_ends_at_one_value_is_not_a_list_of_rows()
    {
        var result = RowPath.Resolve(Root, "summary_compensation.executives.0.person");

        Assert.True(result.Found);
        Assert.Equal("keohane", result.NotAList);
        Assert.Empty(result.Rows);
    }
}
