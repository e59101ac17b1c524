using System.Buffers;
using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>Builds one page's content stream (§8, §9): paths, colours and text shown as two-byte glyph codes (Identity-H).</summary>
public sealed class PdfContentBuilder
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public ReadOnlySpan<byte> Bytes => _buffer.WrittenSpan;

    public void Clear() => _buffer.Clear();

    public PdfContentBuilder SaveState() => Op("q");
    public PdfContentBuilder RestoreState() => Op("Q");
    public PdfContentBuilder LineWidth(double width) => Op(N(width) + " w");
    public PdfContentBuilder Dash(double on, double off) => Op($"[{N(on)} {N(off)}] 0 d");
    public PdfContentBuilder NoDash() => Op("[] 0 d");
    public PdfContentBuilder StrokeColor(PdfColor c) => Op($"{N(c.R)} {N(c.G)} {N(c.B)} RG");
    public PdfContentBuilder FillColor(PdfColor c) => Op($"{N(c.R)} {N(c.G)} {N(c.B)} rg");
    public PdfContentBuilder MoveTo(double x, double y) => Op($"{N(x)} {N(y)} m");
    public PdfContentBuilder LineTo(double x, double y) => Op($"{N(x)} {N(y)} l");
    public PdfContentBuilder Rectangle(double x, double y, double width, double height) => Op($"{N(x)} {N(y)} {N(width)} {N(height)} re");
    public PdfContentBuilder Stroke() => Op("S");
    public PdfContentBuilder Fill() => Op("f");
    public PdfContentBuilder ClosePath() => Op("h");

    public PdfContentBuilder Line(double x1, double y1, double x2, double y2) => MoveTo(x1, y1).LineTo(x2, y2).Stroke();

    /// <summary>
    /// Shows glyphs at a baseline position. With <paramref name="extraPerSpace"/> the line is justified: each space glyph is
    /// followed by a TJ adjustment (word spacing <c>Tw</c> does not apply to two-byte codes).
    /// </summary>
    public PdfContentBuilder ShowGlyphs(string fontResource, double size, double x, double y, ReadOnlySpan<ushort> glyphs, ushort spaceGlyph = 0, double extraPerSpace = 0)
    {
        var sb = new StringBuilder();
        sb.Append("BT /").Append(fontResource).Append(' ').Append(N(size)).Append(" Tf ")
          .Append(N(x)).Append(' ').Append(N(y)).Append(" Td [<");
        var adjust = extraPerSpace == 0 ? null : N(-extraPerSpace * 1000 / size);
        foreach (var g in glyphs)
        {
            sb.Append(g.ToString("X4", CultureInfo.InvariantCulture));
            if (adjust is not null && g == spaceGlyph) sb.Append('>').Append(adjust).Append('<');
        }

        sb.Append(">] TJ ET");
        return Op(sb.ToString());
    }

    public PdfContentBuilder Op(string operation)
    {
        var span = _buffer.GetSpan(operation.Length * 3 + 1);
        var n = Encoding.ASCII.GetBytes(operation, span);
        span[n] = (byte)'\n';
        _buffer.Advance(n + 1);
        return this;
    }

    private static string N(double value) => PdfReal.Format(value);
}

/// <summary>An RGB colour with components in 0..1.</summary>
public readonly record struct PdfColor(double R, double G, double B)
{
    public static readonly PdfColor Black = new(0, 0, 0);
    public static readonly PdfColor White = new(1, 1, 1);

    /// <summary>Parses the theme's six hex digits (no '#'); anything else is black.</summary>
    public static PdfColor FromHex(string hex)
    {
        hex = hex.TrimStart('#');
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var v)) return Black;
        return new PdfColor(((v >> 16) & 0xFF) / 255.0, ((v >> 8) & 0xFF) / 255.0, (v & 0xFF) / 255.0);
    }
}
