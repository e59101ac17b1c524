using System.Text;
using HandlebarsDotNet;

namespace FilingForge.Templating.Handlebars;

/// <summary>Handlebars' output encoder: every <c>{{value}}</c> goes through <see cref="MarkdownEscaper"/> instead of HTML escaping.</summary>
internal sealed class MarkdownTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target) => target.Write(MarkdownEscaper.Escape(text?.ToString()));

    public void Encode(string? text, TextWriter target) => target.Write(MarkdownEscaper.Escape(text));

    public void Encode<T>(T? text, TextWriter target) where T : IEnumerator<char>
    {
        if (text is null) return;
        var sb = new StringBuilder();
        while (text.MoveNext()) sb.Append(text.Current);
        target.Write(MarkdownEscaper.Escape(sb.ToString()));
    }
}
