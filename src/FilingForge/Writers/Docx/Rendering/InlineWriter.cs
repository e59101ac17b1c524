using DocumentFormat.OpenXml;
using FilingForge.Document;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>Turns IR inlines into Word runs, hyperlinks to bookmarks and blanks, appended to a paragraph.</summary>
internal sealed class InlineWriter
{
    private readonly DocxState _state;

    public InlineWriter(DocxState state)
    {
        _state = state;
    }

    public void Write(OpenXmlElement parent, IReadOnlyList<Inline> inlines) => Write(parent, inlines, RunFormat.Plain);

    public void Write(OpenXmlElement parent, IReadOnlyList<Inline> inlines, RunFormat format)
    {
        // Word carries no facts: tagged text is written as if the tag were not there, in the runs untagged text has.
        foreach (var inline in UntaggedText.Of(inlines)) Write(parent, inline, format);
    }

    private void Write(OpenXmlElement parent, Inline inline, RunFormat format)
    {
        switch (inline)
        {
            case TextRun text:
                AppendText(parent, text.Text, format);
                break;
            case Strong strong:
                Write(parent, strong.Children, format with { Bold = true });
                break;
            case Emphasis emphasis:
                Write(parent, emphasis.Children, format with { Italic = true });
                break;
            case Underline underline:
                Write(parent, underline.Children, format with { Underline = true });
                break;
            case LineBreak:
                parent.AppendChild(NewRun(format, new W.Break()));
                break;
            case FootnoteReference reference:
                parent.AppendChild(NewRun(format with { CharacterStyle = DocxStyleIds.FootnoteReference }, NewText(FootnoteMarkerText.Of(reference.Marker))));
                break;
            case InternalLink link:
                WriteLink(parent, link, format);
                break;
            case WebAddress address:
                WriteWebLink(parent, address, format);
                break;
            case FillInBlank blank:
                // Non-breaking spaces: Word underlines them even at the end of a line, where it drops plain spaces.
                parent.AppendChild(NewRun(format with { Underline = true }, NewText(new string('\u00A0', Math.Max(1, blank.Characters)))));
                break;
            default:
                _state.Report(DocxDiagnostics.BlockNotRendered, inline.GetType().Name, _state.DocumentName);
                break;
        }
    }

    private void WriteLink(OpenXmlElement parent, InternalLink link, RunFormat format)
    {
        if (parent is W.Hyperlink || !_state.Bookmarks.TryGetName(link.TargetId, out var bookmark))
        {
            if (parent is not W.Hyperlink) _state.Report(DocxDiagnostics.LinkTargetMissing, link.TargetId, _state.DocumentName);
            Write(parent, link.Children, format);
            return;
        }

        var hyperlink = new W.Hyperlink { Anchor = bookmark, History = OnOffValue.FromBoolean(true) };
        Write(hyperlink, link.Children, format with { Link = true });
        parent.AppendChild(hyperlink);
    }

    /// <summary>
    /// A web address as a hyperlink through an external relationship of the main part (the only part with body text).
    /// Inside another hyperlink it stays text, as Word nests no hyperlinks.
    /// </summary>
    private void WriteWebLink(OpenXmlElement parent, WebAddress address, RunFormat format)
    {
        if (parent is W.Hyperlink)
        {
            Write(parent, address.Children, format);
            return;
        }

        var hyperlink = new W.Hyperlink { Id = _state.WebLinkId(address.Url), History = OnOffValue.FromBoolean(true) };
        Write(hyperlink, address.Children, format with { Link = true });
        parent.AppendChild(hyperlink);
    }

    /// <summary>Text as runs: tabs and newlines become Word's own elements, characters XML cannot hold are dropped.</summary>
    public void AppendText(OpenXmlElement parent, string text, RunFormat format)
    {
        if (text.Length == 0) return;
        if (!NeedsSplitting(text))
        {
            parent.AppendChild(NewRun(format, NewText(text)));
            return;
        }

        var run = NewRun(format);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            OpenXmlElement? replacement = ch switch
            {
                '\t' => new W.TabChar(),
                '\n' => new W.Break(),
                _ => null,
            };
            if (replacement is null && IsXmlSafe(ch)) continue;
            if (i > start) run.AppendChild(NewText(text[start..i]));
            if (replacement is not null) run.AppendChild(replacement);
            else if (ch != '\r') _state.Report(DocxDiagnostics.ControlCharacterDropped, _state.DocumentName, ((int)ch).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            start = i + 1;
        }

        if (start < text.Length) run.AppendChild(NewText(text[start..]));
        if (run.ChildElements.Count > (run.RunProperties is null ? 0 : 1)) parent.AppendChild(run);
    }

    private static bool NeedsSplitting(string text)
    {
        foreach (var ch in text)
            if (ch < ' ' || char.IsSurrogate(ch) || ch >= '\uFFFE')
                return true;
        return false;
    }

    private static bool IsXmlSafe(char ch) => ch >= ' ' && !char.IsSurrogate(ch) && ch < '\uFFFE';

    public static W.Run NewRun(RunFormat format, params OpenXmlElement[] content)
    {
        var run = new W.Run();
        if (format.ToProperties() is { } properties) run.AppendChild(properties);
        foreach (var element in content) run.AppendChild(element);
        return run;
    }

    /// <summary>A text element that keeps its spaces only when it has spaces Word would otherwise collapse.</summary>
    public static W.Text NewText(string text)
    {
        var element = new W.Text(text);
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]) || text.Contains("  ", StringComparison.Ordinal)))
            element.Space = SpaceProcessingModeValues.Preserve;
        return element;
    }
}
