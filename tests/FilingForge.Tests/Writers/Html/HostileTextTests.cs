using FilingForge.Diagnostics;
using FilingForge.Writers.Html.Edgar;
using static FilingForge.Tests.Writers.Html.HtmlWriterTestKit;

namespace FilingForge.Tests.Writers.Html;

/// <summary>Data is text, never markup: whatever a value holds, both dialects write it escaped and the page stays intact.</summary>
public sealed class HostileTextTests
{
    private static readonly Rendered EdgarOutput = Edgar(HtmlTestDocuments.Hostile());
    private static readonly Rendered PreviewOutput = Preview(HtmlTestDocuments.Hostile());

    [Fact]
    public void No_script_or_markup_from_the_data_reaches_either_dialect()
    {
        foreach (var html in new[] { EdgarOutput.Html, PreviewOutput.Html })
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<b>not bold</b>", html);
            Assert.Contains("&lt;script&gt;alert(\"x\")&lt;/script&gt;", html);
            Assert.Contains("&lt;b&gt;not bold&lt;/b&gt;", html);
            Assert.Contains("Smith &amp; Jones", html);
            Assert.Contains("&amp;amp;", html);
            Assert.Contains(HtmlTestDocuments.LongWord, html);
        }
    }

    [Fact]
    public void The_edgar_dialect_writes_non_ascii_names_as_character_references()
    {
        Assert.Contains("Jean-Ren&#233; Marcoux of Hydro-Qu&#233;bec &#8212; &#189;", EdgarOutput.Html);
        Assert.All(EdgarOutput.Bytes, b => Assert.True(b < 0x80, $"byte 0x{b:X2}"));
    }

    [Fact]
    public void The_edgar_dialect_of_hostile_text_still_passes_the_edgar_checker()
    {
        var diagnostics = new DiagnosticBag();
        new EdgarHtmlChecker().Check("hostile.htm", EdgarOutput.Bytes, diagnostics);

        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void The_preview_dialect_writes_non_ascii_names_as_utf8()
    {
        Assert.Contains("Jean-René Marcoux of Hydro-Québec — ½", PreviewOutput.Html);
        Assert.Contains("Hydro-Québec</text>", PreviewOutput.Html);
    }

    [Fact]
    public void Footnote_markers_and_section_names_from_data_are_escaped()
    {
        Assert.Contains("<sup style=\"line-height:0\">&lt;1&gt;</sup>", EdgarOutput.Html);
        Assert.Contains("data-section=\"&lt;script&gt;alert(&quot;x&quot;)", PreviewOutput.Html);
        Assert.Contains("aria-label=\"&lt;script&gt;alert(&quot;x&quot;)", PreviewOutput.Html);
        Assert.Contains("<meta name=\"author\" content=\"&lt;script&gt;alert(&quot;x&quot;)", PreviewOutput.Html);
    }

    [Fact]
    public void Hostile_text_needs_no_diagnostic()
    {
        Assert.Empty(EdgarOutput.Diagnostics);
        Assert.Empty(PreviewOutput.Diagnostics);
    }
}
