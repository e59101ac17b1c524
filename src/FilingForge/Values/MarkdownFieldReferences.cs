using System.Text.RegularExpressions;

namespace FilingForge.Values;

/// <summary>
/// A Markdown value may name a date field of its own object as <c>{field}</c> (a proposal's body saying the
/// authority lasts "on or before {authority_expires}"), so a fact the data states once is not typed again in its prose.
/// Only a lower-case field name in braces is a reference: <c>{#id}</c> and <c>{.center}</c> stay the dialect's.
/// The Check stage reports a name its object does not have (FF3116); the Template stage prints each in its place.
/// </summary>
public static partial class MarkdownFieldReferences
{
    public static IEnumerable<string> Names(string markdown) =>
        Reference().Matches(markdown).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal);

    /// <summary>The text with each reference replaced by what <paramref name="print"/> makes of its name.</summary>
    public static string Fill(string markdown, Func<string, string> print) =>
        Reference().Replace(markdown, m => print(m.Groups[1].Value));

    [GeneratedRegex(@"\{([a-z][a-z0-9_]*)\}")]
    private static partial Regex Reference();
}
