using FilingForge.Diagnostics;
using FilingForge.Parsing;
using FilingForge.Templating;

namespace FilingForge.Tests.Templating;

public class HostileDataTests
{
    [Theory]
    [InlineData("Smith * Jones | Co_", @"Smith \* Jones \| Co\_")]
    [InlineData("<script>alert('x')</script>", @"\<script\>alert('x')\</script\>")]
    [InlineData("@@pagebreak", @"\@\@pagebreak")]
    [InlineData("Jean-René [^1] [[blank:3]]", @"Jean-René \[\^1\] \[\[blank:3\]\]")]
    public void A_hostile_name_stays_text_in_every_document(string name, string escaped)
    {
        var baseline = TemplateRendererTests.RenderSmall(out _);
        var documents = TemplateRendererTests.RenderSmall(out var diagnostics, name);

        Assert.Empty(diagnostics.Items);
        foreach (var (document, normal) in documents.Zip(baseline))
        {
            // The name appears only escaped, and the document's structure (its directive and table lines) is unchanged.
            Assert.Equal(Occurrences(normal.Markdown, name), Occurrences(document.Markdown.Replace(escaped, ""), name));
            Assert.Equal(StructureOf(normal.Markdown), StructureOf(document.Markdown));
        }

        Assert.Contains(escaped, documents[0].Markdown);
        Assert.Contains(escaped, documents[1].Markdown);

        // Read back by the Parse stage, the hostile name is plain text again.
        var parsed = new DiagnosticBag();
        var ir = MarkdownParser.Parse(documents[0].Markdown, documents[0].Name, documents[0].Properties, parsed, documents[0].LineMap);
        Assert.Empty(parsed.Items.Select(d => d.ToString()));
        Assert.Contains(name, PlainText(ir));
    }

    private static string PlainText(FilingForge.Document.FilingDocument document) =>
        IrDump.Write(document);

    [Fact]
    public void A_very_long_name_is_kept_whole()
    {
        var name = string.Concat(Enumerable.Repeat("Verylongname ", 40)).Trim();
        var documents = TemplateRendererTests.RenderSmall(out var diagnostics, name);
        Assert.Empty(diagnostics.Items);
        Assert.Contains(name, documents[0].Markdown);
    }

    private static int Occurrences(string text, string value) => text.Split(value).Length - 1;

    /// <summary>The lines that carry structure: directives, fences, table rows, headings, panel markers.</summary>
    private static List<string> StructureOf(string markdown) =>
        markdown.Split('\n')
            .Where(l => l.StartsWith("@@") || l.StartsWith("~~~") || l.StartsWith(":::") || l.StartsWith('#'))
            .Select(l => l.Split(' ')[0])
            .ToList();
}
