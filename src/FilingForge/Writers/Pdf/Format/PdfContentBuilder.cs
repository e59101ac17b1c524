using System.Buffers;
using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// Builds one page's content stream (§8, §9): paths, colours and text shown as two-byte glyph codes (Identity-H).
/// Operators and numbers are written straight into the byte buffer (no intermediate strings): a run of personalised
/// cards paints a few hundred thousand pages.
/// </summary>
public sealed class PdfContentBuilder
{
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);

    public ReadOnlySpan<byte> Bytes => _buffer.WrittenSpan;

    public void Clear() => _buffer.Clear();

    public PdfContentBuilder SaveState() => Op("q"u8);
    public PdfContentBuilder RestoreState() => Op("Q"u8);
    public PdfContentBuilder LineWidth(double width) => N(width).Op(" w"u8);
    public PdfContentBuilder Dash(double on, double off) => Raw("["u8).N(on).Raw(" "u8).N(off).Op("] 0 d"u8);
    public PdfContentBuilder NoDash() => Op("[] 0 d"u8);
    public PdfContentBuilder StrokeColor(PdfColor c) => Color(c).Op(" RG"u8);
    public PdfContentBuilder FillColor(PdfColor c) => Color(c).Op(" rg"u8);
    public PdfContentBuilder MoveTo(double x, double y) => N(x).Raw(" "u8).N(y).Op(" m"u8);
    public PdfContentBuilder LineTo(double x, double y) => N(x).Raw(" "u8).N(y).Op(" l"u8);
    public PdfContentBuilder Rectangle(double x, double y, double width, double height) =>
        N(x).Raw(" "u8).N(y).Raw(" "u8).N(width).Raw(" "u8).N(height).Op(" re"u8);
    public PdfContentBuilder Stroke() => Op("S"u8);
    public PdfContentBuilder Fill() => Op("f"u8);
    public PdfContentBuilder ClosePath() => Op("h"u8);

    /// <summary>Opens a marked-content sequence of a structure element: <c>/P &lt;&lt;/MCID 3&gt;&gt; BDC</c> (§14.7.4.2).</summary>
    public PdfContentBuilder BeginMarkedContent(string tag, int mcid)
    {
        Raw("/"u8).Ascii(tag).Raw(" <</MCID "u8);
        var span = _buffer.GetSpan(11);
        System.Buffers.Text.Utf8Formatter.TryFormat(mcid, span, out var n);
        _buffer.Advance(n);
        return Op(">> BDC"u8);
    }

    /// <summary>Opens content that is not part of the text a reader reads: a footer, a rule, a box (§14.8.2.2).</summary>
    public PdfContentBuilder BeginArtifact() => Op("/Artifact BMC"u8);

    public PdfContentBuilder EndMarkedContent() => Op("EMC"u8);

    public PdfContentBuilder Line(double x1, double y1, double x2, double y2) => MoveTo(x1, y1).LineTo(x2, y2).Stroke();

    /// <summary>
    /// Shows glyphs at a baseline position. With <paramref name="extraPerSpace"/> the line is justified: each space glyph is
    /// followed by a TJ adjustment (word spacing <c>Tw</c> does not apply to two-byte codes).
    /// </summary>
    public PdfContentBuilder ShowGlyphs(string fontResource, double size, double x, double y, ReadOnlySpan<ushort> glyphs, ushort spaceGlyph = 0, double extraPerSpace = 0)
    {
        Raw("BT /"u8).Ascii(fontResource).Raw(" "u8).N(size).Raw(" Tf "u8).N(x).Raw(" "u8).N(y).Raw(" Td [<"u8);
        Span<byte> adjust = stackalloc byte[PdfReal.MaxBytes + 2];
        var adjustLength = 0;
        if (extraPerSpace != 0)
        {
            adjust[0] = (byte)'>';
            adjustLength = PdfReal.Write(-extraPerSpace * 1000 / size, adjust[1..]) + 1;
            adjust[adjustLength++] = (byte)'<';
        }

        var span = _buffer.GetSpan(glyphs.Length * 4);
        var n = 0;
        foreach (var g in glyphs)
        {
            span[n] = Hex[g >> 12];
            span[n + 1] = Hex[(g >> 8) & 0xF];
            span[n + 2] = Hex[(g >> 4) & 0xF];
            span[n + 3] = Hex[g & 0xF];
            n += 4;
            if (adjustLength > 0 && g == spaceGlyph)
            {
                _buffer.Advance(n);
                Raw(adjust[..adjustLength]);
                span = _buffer.GetSpan(glyphs.Length * 4);
                n = 0;
            }
        }

        _buffer.Advance(n);
        return Op(">] TJ ET"u8);
    }

    private static ReadOnlySpan<byte> Hex => "0123456789ABCDEF"u8;

    public PdfContentBuilder Op(string operation)
    {
        var span = _buffer.GetSpan(operation.Length * 3 + 1);
        var n = Encoding.ASCII.GetBytes(operation, span);
        span[n] = (byte)'\n';
        _buffer.Advance(n + 1);
        return this;
    }

    /// <summary>An operation already in bytes, then the line end.</summary>
    public PdfContentBuilder Op(ReadOnlySpan<byte> operation) => Raw(operation).Raw("\n"u8);

    private PdfContentBuilder Raw(ReadOnlySpan<byte> bytes)
    {
        _buffer.Write(bytes);
        return this;
    }

    private PdfContentBuilder Ascii(string text)
    {
        var span = _buffer.GetSpan(text.Length * 3);
        _buffer.Advance(Encoding.ASCII.GetBytes(text, span));
        return this;
    }

    private PdfContentBuilder Color(PdfColor c) => N(c.R).Raw(" "u8).N(c.G).Raw(" "u8).N(c.B);

    private PdfContentBuilder N(double value)
    {
        _buffer.Advance(PdfReal.Write(value, _buffer.GetSpan(PdfReal.MaxBytes)));
        return this;
    }
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
