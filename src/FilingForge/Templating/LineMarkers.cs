using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FilingForge.Diagnostics;

namespace FilingForge.Templating;

/// <summary>
/// Source tracking for the generated Markdown: Scriban reports where a fault happened, not where output came from.
/// Before parsing, each template line that writes text gets an invisible marker (<c>\u0001file:line\u0002</c>) at
/// its start; after rendering, the markers are stripped and become the <see cref="SourceMap"/>. A line that holds only
/// whitespace-trimming tags (<c>{{~ if x ~}}</c>, <c>{{~ # comment ~}}</c>) gets no marker, so that the line still
/// disappears from the output; lines inside a multi-line tag get none either. Data cannot forge a marker: the escaper removes control
/// characters from every value.
/// </summary>
public static partial class LineMarkers
{
    private const char Open = '\u0001';
    private const char Close = '\u0002';

    [GeneratedRegex(@"^\s*(?:\{\{~(?:(?!\}\}).)*~\}\}\s*)+$")]
    private static partial Regex StandaloneTag();

    public static string Instrument(string text, int fileIndex)
    {
        var sb = new StringBuilder(text.Length * 2);
        var lines = text.Split('\n');
        var insideTag = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (!insideTag && !StandaloneTag().IsMatch(line) && !(i == lines.Length - 1 && line.Length == 0))
                sb.Append(Open).Append(fileIndex.ToString(CultureInfo.InvariantCulture)).Append(':')
                    .Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append(Close);
            sb.Append(line);
            if (i < lines.Length - 1) sb.Append('\n');
            insideTag = EndsInsideTag(line, insideTag);
        }

        return sb.ToString();
    }

    /// <summary>Removes the markers; each output line maps to the first marker on it, or else to the last marker before it.</summary>
    public static RenderedText Strip(string output, IReadOnlyList<TemplateFile> files)
    {
        var text = new StringBuilder(output.Length);
        var map = new List<SourceLocation>();
        var current = SourceLocation.None;
        SourceLocation? lineOrigin = null;
        for (var i = 0; i < output.Length; i++)
        {
            var c = output[i];
            if (c == Open)
            {
                var end = output.IndexOf(Close, i);
                current = Parse(output.AsSpan(i + 1, end - i - 1), files);
                lineOrigin ??= current;
                i = end;
                continue;
            }

            if (c == '\n')
            {
                map.Add(lineOrigin ?? current);
                lineOrigin = null;
            }

            text.Append(c);
        }

        if (text.Length > 0 && text[^1] != '\n') map.Add(lineOrigin ?? current);
        return new RenderedText(text.ToString(), SourceMap.Of(map));
    }

    /// <summary>The length of the marker <see cref="Instrument"/> put at the start of an instrumented line (0 if none).</summary>
    public static int MarkerLength(string instrumentedLine) =>
        instrumentedLine.Length > 0 && instrumentedLine[0] == Open ? instrumentedLine.IndexOf(Close) + 1 : 0;

    private static SourceLocation Parse(ReadOnlySpan<char> marker, IReadOnlyList<TemplateFile> files)
    {
        var colon = marker.IndexOf(':');
        var file = int.Parse(marker[..colon], CultureInfo.InvariantCulture);
        var line = int.Parse(marker[(colon + 1)..], CultureInfo.InvariantCulture);
        return new SourceLocation(files[file].DisplayPath, line, 1);
    }

    private static bool EndsInsideTag(string line, bool insideTag)
    {
        var open = line.LastIndexOf("{{", StringComparison.Ordinal);
        var close = line.LastIndexOf("}}", StringComparison.Ordinal);
        if (open < 0 && close < 0) return insideTag;
        return open > close;
    }
}
