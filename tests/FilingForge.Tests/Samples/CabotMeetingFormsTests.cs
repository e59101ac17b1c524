using System.Text.RegularExpressions;
using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Compilation;
using FilingForge.Tests.Review;

namespace FilingForge.Tests.Samples;

/// <summary>
/// Today's form is not Cabot's alone: a meeting held in person (or in person and online) and a board elected by a
/// plurality print as such, and a meeting with no place at all is FF4115.
/// </summary>
public sealed partial class CabotMeetingFormsTests : IDisposable
{
    private readonly SampleCopy _copy = new(SampleCopy.CabotFolder);

    public void Dispose() => _copy.Dispose();

    private const string Venue = """
        venue:
          name: The Westin Copley Place
          address:
            street: 10 Huntington Avenue
            city: Boston
            state: MA
            postal_code: "02116"

        """;

    /// <summary>meeting.yaml with its virtual meeting (the block from `virtual:` to the next top-level key) replaced.</summary>
    private void ReplaceVirtualMeeting(string with)
    {
        var path = Path.Combine(_copy.Folder, "meeting.yaml");
        var text = File.ReadAllText(path);
        var replaced = VirtualBlock().Replace(text, with, 1);
        Assert.NotEqual(text, replaced);
        File.WriteAllText(path, replaced);
    }

    private (IReadOnlyList<CompiledDocument>? Documents, DiagnosticBag Diagnostics) Compile()
    {
        var diagnostics = new DiagnosticBag();
        return (new FilingCompiler().CompileDocuments(SampleBuild.Options(Path.Combine(_copy.Folder, "out"), _copy.Folder), diagnostics), diagnostics);
    }

    private static string Markdown(IReadOnlyList<CompiledDocument> documents, string name) => documents.Single(d => d.Document.Name == name).Source.Markdown;

    [Fact]
    public void A_meeting_held_in_person_is_announced_at_its_venue_and_not_as_online_only()
    {
        ReplaceVirtualMeeting(Venue);

        var (documents, diagnostics) = Compile();

        Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
        var statement = Markdown(documents!, "proxy-statement");
        Assert.Contains("**Place:** at The Westin Copley Place, 10 Huntington Avenue, Boston, MA 02116", statement);
        Assert.DoesNotContain("online only", statement);
        Assert.DoesNotContain("online only", Markdown(documents!, "proxy-card"));
    }

    [Fact]
    public void A_hybrid_meeting_gives_both_its_venue_and_its_webcast()
    {
        ReplaceVirtualMeeting(Venue + "virtual:\n  url: meetnow.global/MKQL6CH\n  access: Log in with the control number on your card.\n");

        var (documents, diagnostics) = Compile();

        Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
        Assert.Contains("at The Westin Copley Place, 10 Huntington Avenue, Boston, MA 02116, and online by live webcast at meetnow.global/MKQL6CH",
            Markdown(documents!, "proxy-statement"));
    }

    [Fact]
    public void A_meeting_with_neither_a_venue_nor_a_webcast_is_FF4115()
    {
        ReplaceVirtualMeeting("");

        var (documents, diagnostics) = Compile();

        Assert.Null(documents);
        Assert.Contains(diagnostics.Items, d => d.Id == "FF4115");
    }

    [Fact]
    public void A_board_elected_by_a_plurality_gets_FOR_and_WITHHOLD_for_each_nominee()
    {
        var path = Path.Combine(_copy.Folder, "directors.yaml");
        File.WriteAllText(path, File.ReadAllText(path).Replace("majority_voting:", "vote_standard: plurality\nmajority_voting:", StringComparison.Ordinal));

        var (documents, diagnostics) = Compile();

        Assert.True(documents is not null, string.Join("\n", diagnostics.Sorted()));
        var card = Markdown(documents!, "proxy-card");
        Assert.Equal(3, Regex.Count(card, @"@@checkboxes \[ \] FOR \|\| \[ \] WITHHOLD\n"));
        Assert.Contains("### Plurality Voting", Markdown(documents!, "proxy-statement"));
    }

    [GeneratedRegex(@"^virtual:\n(?:[ ].*\n|\n)*", RegexOptions.Multiline)]
    private static partial Regex VirtualBlock();
}
