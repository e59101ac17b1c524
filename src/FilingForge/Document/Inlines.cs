namespace FilingForge.Document;

/// <summary>Inline content of a paragraph, heading, list item or table cell. A closed set: every writer renders each kind.</summary>
public abstract record Inline;

/// <summary>Plain text, any Unicode; writers escape or encode it for their format.</summary>
public sealed record TextRun(string Text) : Inline;

public sealed record Strong(IReadOnlyList<Inline> Children) : Inline;

public sealed record Emphasis(IReadOnlyList<Inline> Children) : Inline;

/// <summary>Underlined text, as used for defined terms and for the blanks of forms.</summary>
public sealed record Underline(IReadOnlyList<Inline> Children) : Inline;

public sealed record LineBreak : Inline;

/// <summary>A footnote marker such as <c>(1)</c> or <c>*</c>, set as a superscript or in parentheses by the writer's style.</summary>
public sealed record FootnoteReference(string Marker) : Inline;

/// <summary>A link to a heading or bookmark of the same document (EDGAR allows no other link).</summary>
public sealed record InternalLink(string TargetId, IReadOnlyList<Inline> Children) : Inline;

/// <summary>
/// A web address printed in the text (<c>www.sec.gov</c>, <c>http://www.eproxy.com/cpst</c>): <see cref="Children"/> are the
/// address as printed, <see cref="Url"/> the absolute http(s) address it opens. Writers whose format can link out make it
/// a link; the EDGAR writer prints the text only, as EDGAR allows no link out of a filing. As the visible text is the
/// address itself, a reader of the paper copy loses nothing.
/// </summary>
public sealed record WebAddress(string Url, IReadOnlyList<Inline> Children) : Inline;

/// <summary>A blank to be filled in by hand, such as a date on a form; rendered as an underlined space.</summary>
public sealed record FillInBlank(int Characters) : Inline;

/// <summary>
/// Text that states an Inline XBRL fact (a figure of the Pay versus Performance table, a measure's name, a footnote
/// that is a text block). Writers that tag facts wrap <see cref="Children"/> in the fact's element; every other
/// writer renders the children as if the tag were not there.
/// </summary>
public sealed record TaggedText(FactTag Tag, IReadOnlyList<Inline> Children) : Inline;
