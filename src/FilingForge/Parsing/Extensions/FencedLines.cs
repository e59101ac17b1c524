using System.Text.RegularExpressions;
using Markdig.Syntax;

namespace FilingForge.Parsing.Extensions;

/// <summary>
/// The content lines of a FilingForge fenced block (<c>~~~ ff-table</c>, <c>~~~ ff-chart</c>), each read as
/// <c>KEYWORD [ARGUMENT]: REST</c> with its 0-based Markdown line for diagnostics.
/// </summary>
internal static partial class FencedLines
{
    public sealed record Line(int Number, string Text, string? Keyword, string? Argument, string Rest);

    public static IEnumerable<Line> Of(FencedCodeBlock block)
    {
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var stringLine = block.Lines.Lines[i];
            var text = stringLine.Slice.ToString().Trim();
            if (text.Length == 0) continue;
            var number = stringLine.Line > 0 ? stringLine.Line : block.Line + 1 + i;
            var match = KeywordLine().Match(text);
            yield return match.Success
                ? new Line(number, text, match.Groups["keyword"].Value, match.Groups["argument"].Success ? match.Groups["argument"].Value : null, match.Groups["rest"].Value)
                : new Line(number, text, null, null, text);
        }
    }

    /// <summary>The <c>key=value</c> pairs of the fence's info string, such as <c>id=summary-compensation</c>.</summary>
    public static string? Argument(FencedCodeBlock block, string key)
    {
        foreach (var token in (block.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith(key + "=", StringComparison.Ordinal)) return token[(key.Length + 1)..];
        }

        return null;
    }

    [GeneratedRegex(@"^(?<keyword>[a-z]+)(?:[ \t]+(?<argument>[^:\s]+))?[ \t]*:[ \t]?(?<rest>.*)$")]
    private static partial Regex KeywordLine();
}
