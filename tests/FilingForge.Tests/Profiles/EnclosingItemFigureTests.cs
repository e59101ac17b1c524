using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

/// <summary>
/// A derived figure may read the item it is inside (<c>^year</c>), which the profile reader resolves in every type that
/// holds the figure's type: the 2022 form's Pay versus Performance groups read their year so.
/// </summary>
public sealed class EnclosingItemFigureTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ff-enclosing-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (Profile? Profile, DiagnosticBag Diagnostics) ReadWith(Func<string, string> changeTypes)
    {
        var copy = Path.Combine(_root, "schedule-14a-2022");
        TemporaryCopy.Folder(RepositoryPaths.At("profiles/schedule-14a-2022"), copy);
        var types = Path.Combine(copy, "types.yaml");
        File.WriteAllText(types, changeTypes(File.ReadAllText(types)));
        var diagnostics = new DiagnosticBag();
        return (ProfileReader.Read(copy, diagnostics), diagnostics);
    }

    [Fact]
    public void A_figure_that_reads_a_field_of_its_enclosing_item_is_accepted()
    {
        var (profile, diagnostics) = ReadWith(text => text);

        Assert.NotNull(profile);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
    }

    [Fact]
    public void A_misspelt_field_of_the_enclosing_item_is_FF1511_with_the_closest_name()
    {
        var (profile, diagnostics) = ReadWith(text => text.Replace("[officers], [^year], 'total')", "[officers], [^yeer], 'total')", StringComparison.Ordinal));

        Assert.Null(profile);
        var error = Assert.Single(diagnostics.Items, d => d.Message.Contains("^yeer", StringComparison.Ordinal));
        Assert.Equal("FF1511", error.Id);
        Assert.Contains("`year`", error.Message);
    }
}
