using FilingForge.Document;
using static FilingForge.Tests.Writers.Html.HtmlWriterTestKit;

namespace FilingForge.Tests.Writers.Html;

/// <summary>The HTML writers' heading ranks: an outline that never skips a rank, each heading keeping its level's look.</summary>
public sealed class HeadingOutlineTests
{
    private static Heading H(int level, string text, string id) => new(level, [new TextRun(text)], id);

    private static FilingDocument Appendix() => DocumentOf(
        H(1, "Appendix A", "appendix-a"), H(3, "Role", "role"), H(3, "Responsibilities", "responsibilities"),
        H(1, "Appendix B", "appendix-b"), H(2, "Part", "part"), H(3, "Detail", "detail"));

    [Fact]
    public void A_subhead_set_directly_under_a_part_title_is_the_next_rank_down_in_the_preview()
    {
        var html = Preview(Appendix()).Html;
        Assert.Contains("<h2 id=\"role\" class=\"h3-look\">Role</h2>", html);
        Assert.Contains("<h2 id=\"responsibilities\" class=\"h3-look\">Responsibilities</h2>", html);
        Assert.Contains("<h2 id=\"part\">Part</h2>", html);
        Assert.Contains("<h3 id=\"detail\">Detail</h3>", html);
        Assert.Contains(".h3-look {", html);
    }

    [Fact]
    public void A_subhead_ranked_up_in_the_edgar_file_keeps_its_levels_size_inline()
    {
        var html = Edgar(Appendix()).Html;
        var role = html[html.IndexOf("id=\"role\"", StringComparison.Ordinal)..];
        var detail = html[html.IndexOf("id=\"detail\"", StringComparison.Ordinal)..];
        Assert.StartsWith("id=\"role\"", role);
        var style = (string s) => s[..s.IndexOf('>', StringComparison.Ordinal)];
        Assert.Equal(style(detail)[style(detail).IndexOf("style", StringComparison.Ordinal)..], style(role)[style(role).IndexOf("style", StringComparison.Ordinal)..]);
        Assert.Contains("<h2 id=\"role\"", html);
    }
}
