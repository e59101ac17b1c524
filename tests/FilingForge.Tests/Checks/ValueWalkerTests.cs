using FilingForge.Checks;
using FilingForge.Profiles;

namespace FilingForge.Tests.Checks;

public sealed class ValueWalkerTests
{
    [Fact]
    public void Numbers_are_visited_with_their_declared_kind_and_data_path()
    {
        using var fixture = CheckFixture.Load("stated-percent-over-100");
        var owner = Walk(fixture).Where(f => f.Owner.Path == "beneficial-ownership.yaml#owners[0]").ToArray();
        Assert.Equal([("shares", ScalarKind.Shares, 1m), ("stated_percent", ScalarKind.Percent, 251m)],
            owner.Select(f => (f.Key, f.Kind!.Value, f.Value)));
        Assert.Equal("beneficial-ownership.yaml#owners[0].stated_percent", owner[1].Name);
    }

    /// <summary>acquirable_within_60_days defaults to 0 and is not written: no rule may report at a place nobody wrote.</summary>
    [Fact]
    public void A_field_not_written_is_not_visited()
    {
        using var fixture = CheckFixture.Load("stated-percent-over-100");
        Assert.DoesNotContain(Walk(fixture), f => f.Name == "beneficial-ownership.yaml#owners[0].acquirable_within_60_days");
    }

    [Fact]
    public void Objects_of_lists_are_visited_with_their_declared_type()
    {
        using var fixture = CheckFixture.Load("negative-salary");
        var objects = ValueWalker.Objects(fixture.Filing!).ToDictionary(o => o.Value.Path, o => o.TypeName);
        Assert.Equal("summary-compensation", objects["summary-compensation.yaml"]);
        Assert.Equal("NamedExecutive", objects["summary-compensation.yaml#officers[0]"]);
        Assert.Equal("CompensationYear", objects["summary-compensation.yaml#officers[0].years[0]"]);
    }

    [Fact]
    public void Markdown_values_are_visited_with_the_location_their_text_starts_at()
    {
        using var fixture = CheckFixture.Load("html-in-block-biography");
        var biography = Assert.Single(ValueWalker.MarkdownFields(fixture.Filing!), m => m.Key == "biography");
        Assert.Equal("executive-officers.yaml#officers[0].biography", biography.Name);
        Assert.Equal(fixture.At("executive-officers.yaml", 5, 16), biography.Location);
        Assert.StartsWith("Ms. Clark joined", biography.Text.Value);
    }

    private static IEnumerable<ValueWalker.NumericField> Walk(CheckFixture fixture) => ValueWalker.NumericFields(fixture.Filing!);
}
