using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// A text dump of laid-out pages — one line per item with rounded positions — for snapshot tests that catch layout
/// regressions without comparing PDF bytes.
/// </summary>
public sealed class LayoutDump : IPageSink
{
    private readonly StringBuilder _text = new();

    public int Pages { get; private set; }

    public void PageFinished(LayoutPage page)
    {
        Pages++;
        _text.Append("page ").Append(page.Number).Append(' ').Append(N(page.Width)).Append('x').Append(N(page.Height)).Append('\n');
        foreach (var item in page.Items)
        {
            // Structure marks take no room; the structure is checked on the written PDF (PdfStructureTests).
            if (item is StructureStart or StructureEnd) continue;
            _text.Append("  ").Append(Describe(item)).Append('\n');
        }
    }

    public override string ToString() => _text.ToString();

    private static string Describe(LayoutItem item) => item switch
    {
        TextItem t => $"text {N(t.X)},{N(t.Baseline)} {t.Font.PostScriptName} {N(t.Size)} w={N(t.Width)}{(t.ExtraPerSpace > 0 ? " justify" : "")}{(t.Invisible ? " invisible" : "")} \"{t.Text}\"",
        RuleItem r => $"rule {N(r.X1)},{N(r.Y1)} {N(r.X2)},{N(r.Y2)} w={N(r.Width)}{(r.Dashed ? " dashed" : "")}",
        BoxItem b => $"box {N(b.X)},{N(b.Y)} {N(b.Width)}x{N(b.Height)}{(b.Stroke is null ? "" : " stroke")}{(b.Fill is null ? "" : " fill")}",
        PathItem p => $"path {string.Join(" ", p.Points.Select(pt => N(pt.X) + "," + N(pt.Y)))}{(p.Filled ? " fill" : "")}",
        LinkItem l => $"link {N(l.X)},{N(l.Y)} {N(l.Width)}x{N(l.Height)} -> #{l.TargetId}",
        WebLinkItem w => $"link {N(w.X)},{N(w.Y)} {N(w.Width)}x{N(w.Height)} -> {w.Url}",
        AnchorItem a => $"anchor #{a.Id} y={N(a.Y)} outline={a.OutlineLevel} \"{a.Title}\"",
        _ => item.GetType().Name,
    };

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
