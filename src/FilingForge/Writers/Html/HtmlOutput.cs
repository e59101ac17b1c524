using System.Text;

namespace FilingForge.Writers.Html;

/// <summary>
/// The markup being written: tags, attributes and text, with text always going through the dialect's encoder.
/// Markup is built in memory (a filing is a few hundred kilobytes) and written out in one piece.
/// </summary>
/// <param name="xhtml">Markup that must be XML (Inline XBRL): an element without content is closed with <c>/&gt;</c>.</param>
public sealed class HtmlOutput(HtmlTextEncoder encoder, Action<int> leftOut, bool xhtml = false)
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts a tag whose attributes follow; finish it with <see cref="EndOpen"/>.</summary>
    public HtmlOutput Open(string tag)
    {
        _text.Append('<').Append(tag);
        return this;
    }

    public HtmlOutput Attribute(string name, string value)
    {
        _text.Append(' ').Append(name).Append("=\"");
        encoder.Encode(value, inAttribute: true, _text, leftOut);
        _text.Append('"');
        return this;
    }

    public HtmlOutput Attribute(string name, int value) =>
        Attribute(name, value.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public HtmlOutput EndOpen()
    {
        _text.Append('>');
        return this;
    }

    /// <summary>Ends the start tag of an element that has no content (<c>br</c>, <c>hr</c>, <c>col</c>).</summary>
    public HtmlOutput EndVoid()
    {
        _text.Append(xhtml ? "/>" : ">");
        return this;
    }

    /// <summary>A start tag without attributes.</summary>
    public HtmlOutput Tag(string tag) => Open(tag).EndOpen();

    public HtmlOutput Close(string tag)
    {
        _text.Append("</").Append(tag).Append('>');
        return this;
    }

    public HtmlOutput Text(string text)
    {
        encoder.Encode(text, inAttribute: false, _text, leftOut);
        return this;
    }

    /// <summary>Markup the writer composed itself (never data): appended as it is.</summary>
    public HtmlOutput Raw(string markup)
    {
        _text.Append(markup);
        return this;
    }

    public HtmlOutput Line()
    {
        if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
        return this;
    }

    public int Length => _text.Length;

    public override string ToString() => _text.ToString();
}
