using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Theming;
using FilingForge.Writers.Html.Renderers;
using FilingForge.Writers.Html.Styles;

namespace FilingForge.Writers.Html;

/// <summary>
/// The state of writing one document: the markup so far, the theme's styles, the ids, the diagnostics. Block
/// renderers receive it and call back into it for their children; the dialect decides how styles are written.
/// </summary>
public sealed class HtmlRenderer
{
    private readonly IReadOnlyDictionary<Type, IHtmlBlockRenderer> _renderers;
    private readonly HashSet<int> _leftOut = [];

    internal HtmlRenderer(
        HtmlDocumentWriter dialect,
        FilingDocument document,
        Theme theme,
        DiagnosticBag diagnostics,
        IReadOnlyDictionary<Type, IHtmlBlockRenderer> renderers)
    {
        Dialect = dialect;
        Document = document;
        Theme = theme;
        Diagnostics = diagnostics;
        Location = new SourceLocation(document.Name + dialect.Extension, 0, 0);
        _renderers = renderers;
        Output = new HtmlOutput(dialect.Encoder, ReportLeftOut, dialect.IsXhtml);
        Styles = new ThemeStyles(theme, diagnostics, Location);
        Ids = new DocumentIds(document, diagnostics, Location);
    }

    public HtmlDocumentWriter Dialect { get; }
    public FilingDocument Document { get; }
    public Theme Theme { get; }
    public DiagnosticBag Diagnostics { get; }
    /// <summary>Where the writer's diagnostics point: the output file (IR nodes carry no source positions).</summary>
    public SourceLocation Location { get; }
    public HtmlOutput Output { get; }
    public ThemeStyles Styles { get; }
    public DocumentIds Ids { get; }
    /// <summary>The headings written so far, for the rank of the next one.</summary>
    public HeadingOutline Outline { get; } = new();
    public HtmlWriterOptions Options => Dialect.Options;
    /// <summary>Style combinations already merged into one inline style in this document.</summary>
    public InlineStyles InlineStyles { get; } = new();

    /// <summary>What a dialect keeps while it writes this document (Inline XBRL: its contexts and continuations).</summary>
    public object? DialectState { get; set; }

    /// <summary>Whether any block has been written yet (a page break before the first block is pointless).</summary>
    public bool HasContent { get; private set; }

    public void Write(Block block)
    {
        if (_renderers.TryGetValue(block.GetType(), out var renderer)) renderer.Write(this, block);
        else Diagnostics.Report(HtmlDiagnostics.BlockNotRendered, Location, Dialect.Format, block.GetType().Name);
        HasContent = true;
    }

    public void Write(IEnumerable<Block> blocks)
    {
        foreach (var block in blocks) Write(block);
    }

    public void WriteInlines(IReadOnlyList<Inline> inlines) => InlineRenderer.Write(this, inlines);

    /// <summary>Writes the look of the element just opened: classes and a style attribute, or inline styles for EDGAR.</summary>
    public HtmlRenderer Style(params HtmlStyle[] styles) => Style(styles, []);

    public HtmlRenderer Style(IReadOnlyList<HtmlStyle> styles, IReadOnlyList<CssDeclaration> extra)
    {
        Dialect.WriteStyle(this, styles, extra);
        return this;
    }

    /// <summary>Writes an id attribute when the id is valid and not yet used.</summary>
    public HtmlRenderer Id(string id, string nodeKind)
    {
        if (Ids.Claim(id, nodeKind)) Output.Attribute("id", id);
        return this;
    }

    private void ReportLeftOut(int codePoint)
    {
        if (_leftOut.Add(codePoint))
            Diagnostics.Report(HtmlDiagnostics.UnencodableCharacter, Location, $"U+{codePoint:X4}");
    }
}
