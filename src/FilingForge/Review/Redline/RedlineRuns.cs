using DocumentFormat.OpenXml;
using FilingForge.Review.Diff;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>Tokens into Word runs: one run per stretch of equal style; deleted text as <c>w:delText</c>.</summary>
internal static class RedlineRuns
{
    public static IEnumerable<OpenXmlElement> Of(IReadOnlyList<DiffToken> tokens, bool deleted, W.RunProperties? baseProperties)
    {
        var runs = new List<OpenXmlElement>();
        var text = new System.Text.StringBuilder();
        var style = TokenStyle.None;
        void Flush()
        {
            if (text.Length == 0) return;
            runs.Add(Run(text.ToString(), style, deleted, baseProperties));
            text.Clear();
        }

        foreach (var token in tokens)
        {
            if (token.Text == DiffToken.LineBreak)
            {
                Flush();
                runs.Add(new W.Run(Properties(token.Style, baseProperties), new W.Break()));
                continue;
            }

            if (token.Style != style) Flush();
            style = token.Style;
            text.Append(token.Text);
        }

        Flush();
        return runs;
    }

    private static W.Run Run(string text, TokenStyle style, bool deleted, W.RunProperties? baseProperties)
    {
        OpenXmlElement content = deleted
            ? new W.DeletedText(text) { Space = SpaceProcessingModeValues.Preserve }
            : new W.Text(text) { Space = SpaceProcessingModeValues.Preserve };
        return new W.Run(Properties(style, baseProperties), content);
    }

    private static W.RunProperties Properties(TokenStyle style, W.RunProperties? baseProperties)
    {
        var properties = (W.RunProperties?)baseProperties?.CloneNode(true) ?? new W.RunProperties();
        if (style.HasFlag(TokenStyle.Bold)) properties.Append(new W.Bold());
        if (style.HasFlag(TokenStyle.Italic)) properties.Append(new W.Italic());
        if (style.HasFlag(TokenStyle.Underline)) properties.Append(new W.Underline { Val = W.UnderlineValues.Single });
        if (style.HasFlag(TokenStyle.Superscript)) properties.Append(new W.VerticalTextAlignment { Val = W.VerticalPositionValues.Superscript });
        return properties;
    }
}
