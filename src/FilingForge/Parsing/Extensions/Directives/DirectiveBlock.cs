using Markdig.Parsers;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions.Directives;

/// <summary>A one-line <c>@@name arguments</c> directive; the converter gives it meaning.</summary>
public sealed class DirectiveBlock : LeafBlock
{
    public DirectiveBlock(BlockParser parser) : base(parser)
    {
        ProcessInlines = false;
    }

    public required string Name { get; init; }

    /// <summary>The rest of the line, escapes kept, so that labels can still be read as inline Markdown.</summary>
    public required string Arguments { get; init; }

    /// <summary>The whole line as written, for setting an unknown directive as text.</summary>
    public required string Source { get; init; }
}
