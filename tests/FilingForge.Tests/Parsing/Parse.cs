using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Parsing;

namespace FilingForge.Tests.Parsing;

/// <summary>Small helpers of the parsing tests: parse a snippet, look at its blocks and diagnostics.</summary>
internal static class Parse
{
    public static readonly DocumentProperties Properties = new("Test", "Subject", "Company", "Author", new DateOnly(2003, 4, 30), false);

    public sealed record Result(FilingDocument Document, DiagnosticBag Diagnostics)
    {
        public IReadOnlyList<Block> Blocks => Document.Blocks;

        public string Dump => IrDump.Write(Document);

        /// <summary>The diagnostics as "ID file:line", sorted, for exact assertions.</summary>
        public string[] Reported => Diagnostics.Sorted().Select(d => $"{d.Id} {d.Location.File}:{d.Location.Line}").ToArray();

        public T Single<T>() where T : Block => Assert.IsType<T>(Assert.Single(Blocks));
    }

    public static Result Markdown(string markdown, SourceMap? sourceMap = null)
    {
        var diagnostics = new DiagnosticBag();
        var document = MarkdownParser.Parse(markdown.Replace("\r\n", "\n"), "doc", Properties, diagnostics, sourceMap);
        return new Result(document, diagnostics);
    }

    /// <summary>Parses and asserts that nothing was reported.</summary>
    public static Result Clean(string markdown)
    {
        var result = Markdown(markdown);
        Assert.True(result.Diagnostics.Items.Count == 0, string.Join("\n", result.Diagnostics.Sorted()));
        return result;
    }

    /// <summary>The inlines of the only paragraph.</summary>
    public static IReadOnlyList<Inline> Inlines(string markdown) => Clean(markdown).Single<Paragraph>().Inlines;
}
