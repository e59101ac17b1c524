using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Parsing.Extensions.Directives;

/// <summary>
/// Gives each <c>@@</c> directive its IR block. Arguments are split at unescaped <c>||</c>; labels of check boxes
/// are inline Markdown, signature labels and values and the detach legend are plain text (escapes removed).
/// </summary>
internal sealed class DirectiveConverter
{
    private const int DefaultTocLevel = 3;
    private readonly ParseContext _context;

    public DirectiveConverter(ParseContext context)
    {
        _context = context;
    }

    public Block Convert(DirectiveBlock directive) => directive.Name switch
    {
        "pagebreak" => PageBreak(directive),
        "toc" => TableOfContents(directive),
        "checkboxes" => Checkboxes(directive),
        "signature" => Signature(directive),
        "detach" => new DetachLine(MarkdownEscapes.Unescape(directive.Arguments)),
        _ => Unknown(directive),
    };

    private Block PageBreak(DirectiveBlock directive)
    {
        if (directive.Arguments.Length > 0) Invalid(directive, $"takes no arguments, found '{directive.Arguments}'");
        return new PageBreak();
    }

    /// <summary>The entries stay empty here; <see cref="TableOfContentsFiller"/> fills them once all headings exist.</summary>
    private Block TableOfContents(DirectiveBlock directive)
    {
        if (directive.Arguments.Length == 0) return new TableOfContents(DefaultTocLevel, Array.Empty<TocEntry>());
        if (int.TryParse(directive.Arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= 1 and <= 3)
            return new TableOfContents(level, Array.Empty<TocEntry>());
        Invalid(directive, $"the heading level must be 1, 2 or 3, found '{directive.Arguments}'; using {DefaultTocLevel}");
        return new TableOfContents(DefaultTocLevel, Array.Empty<TocEntry>());
    }

    private Block Checkboxes(DirectiveBlock directive)
    {
        var boxes = new List<Checkbox>();
        foreach (var item in Items(directive))
        {
            var isBox = item.Length >= 3 && item[0] == '[' && item[2] == ']' && item[1] is ' ' or 'x' or 'X';
            if (!isBox) Invalid(directive, $"item '{item}' does not start with '[ ]' or '[x]'; it is set as an empty box");
            var label = isBox ? item[3..] : item;
            boxes.Add(new Checkbox(isBox && item[1] != ' ', InlineFragments.Parse(_context, label, directive.Line)));
        }

        return new CheckboxLine(boxes);
    }

    private Block Signature(DirectiveBlock directive)
    {
        var lines = new List<SignatureLine>();
        foreach (var item in Items(directive))
        {
            var equals = MarkdownEscapes.IndexOfUnescaped(item, '=');
            var label = MarkdownEscapes.Unescape(equals < 0 ? item : item[..equals].Trim());
            var value = equals < 0 ? null : MarkdownEscapes.Unescape(item[(equals + 1)..].Trim());
            if (label.Length == 0) Invalid(directive, $"item '{item}' has no label");
            lines.Add(new SignatureLine(label, value));
        }

        return new SignatureBlock(lines);
    }

    private Block Unknown(DirectiveBlock directive)
    {
        _context.Report(ParseDiagnostics.UnknownDirective, directive.Line, directive.Name);
        return new Paragraph(new Inline[] { new TextRun(directive.Source) });
    }

    private List<string> Items(DirectiveBlock directive)
    {
        var items = MarkdownEscapes.SplitUnescaped(directive.Arguments, "||").Select(i => i.Trim()).ToList();
        if (items.All(i => i.Length == 0))
        {
            Invalid(directive, "needs at least one item");
            return new List<string>();
        }

        return items;
    }

    private void Invalid(DirectiveBlock directive, string problem) =>
        _context.Report(ParseDiagnostics.InvalidDirectiveArgument, directive.Line, directive.Name, problem);
}
