using FilingForge.Cards;

namespace FilingForge.Tests.Cards;

/// <summary>Issue 16, item 1: <c>--per-holder</c> gives every holder a file of its own, whatever the ids.</summary>
public sealed class PerHolderFileTests(CardFixture cards) : IClassFixture<CardFixture>
{
    private const string Header = "holder_id,name_1,name_2,address_1,address_2,address_3,shares\n";

    private (string[][] Rows, string Out) RunPerHolder(string name, params string[] ids)
    {
        var rows = string.Concat(ids.Select((id, i) => $"\"{id}\",Holder {i},,1 Main St,,,{100 + i}\n"));
        var register = cards.WriteRegister(name, Header + rows);
        var (result, diagnostics, output) = cards.Run(register, name, o => o with { PerHolder = true });
        Assert.True(result.Succeeded, string.Join("\n", diagnostics.Items));
        Assert.Equal(ids.Length, result.Files);
        return (CardFixture.Manifest(Path.Combine(output, "cards-manifest.csv")).ToArray(), output);
    }

    [Fact]
    public void Ids_that_escaped_alike_before_each_get_their_own_card_and_manifest_row()
    {
        var (rows, output) = RunPerHolder("escape-alike", "a/b", "a_002Fb");
        Assert.Equal(["a/b", "a_002Fb"], rows.Select(r => r[0]));
        Assert.NotEqual(rows[0][2], rows[1][2]);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(output, "holders")).Length);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(output, rows[0][2])), File.ReadAllBytes(Path.Combine(output, rows[1][2])));
    }

    [Fact]
    public void A_252_character_id_gets_a_file_name_of_bounded_length()
    {
        var id = new string('x', 200) + new string('/', 52);
        var (rows, output) = RunPerHolder("long-id", id, id[..^1]);
        Assert.All(rows, r => Assert.True(Path.GetFileName(r[2]).Length <= HolderFileNames.MaxLength + ".pdf".Length, r[2]));
        Assert.NotEqual(rows[0][2], rows[1][2]);
        Assert.All(rows, r => Assert.True(File.Exists(Path.Combine(output, r[2]))));
    }

    [Fact]
    public void Ids_that_differ_only_in_case_get_names_that_differ_on_a_case_insensitive_file_system()
    {
        var (rows, _) = RunPerHolder("case", "AB1", "ab1");
        Assert.False(string.Equals(rows[0][2], rows[1][2], StringComparison.OrdinalIgnoreCase));
        Assert.Equal("holders/AB1.pdf", rows[0][2]);
    }

    [Theory]
    [InlineData("A1", "A1")]
    [InlineData("a/b", "a_002Fb")]
    [InlineData("a_002Fb", "a_005F002Fb")]
    [InlineData(".hidden", "_002Ehidden")]
    [InlineData("..", "_002E.")]
    public void An_id_is_escaped_injectively(string id, string expected) =>
        Assert.Equal(expected, new HolderFileNames().Issue(id));

    [Fact]
    public void A_shortened_name_never_equals_a_whole_one()
    {
        var names = new HolderFileNames();
        var longName = names.Issue(new string('y', 150));
        Assert.Contains('~', longName);
        Assert.True(longName.Length <= HolderFileNames.MaxLength);
        Assert.DoesNotContain('~', names.Issue("y~z"));
    }
}
