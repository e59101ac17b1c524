using Markdig.Parsers;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Directives;

/// <summary>
/// Opens a <see cref="DirectiveBlock"/> on a line that starts with <c>@@</c> at column 1. A directive may interrupt
/// a paragraph, so a template need not leave a blank line before it.
/// </summary>
public sealed class DirectiveBlockParser : BlockParser
{
    public DirectiveBlockParser()
    {
        OpeningCharacters = ['@'];
    }

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent || processor.Column != 0) return BlockState.None;
        var line = processor.Line;
        if (line.PeekChar() != '@') return BlockState.None;

        var source = line.ToString().TrimEnd();
        var body = source[2..];
        var nameEnd = 0;
        while (nameEnd < body.Length && !char.IsWhiteSpace(body[nameEnd])) nameEnd++;
        processor.NewBlocks.Push(new DirectiveBlock(this)
        {
            Name = body[..nameEnd],
            Arguments = body[nameEnd..].Trim(),
            Source = source,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(processor.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}
