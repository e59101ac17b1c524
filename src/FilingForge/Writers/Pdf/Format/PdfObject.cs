using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>A direct PDF object (ISO 32000-1 §7.3). Indirect objects are written by <see cref="PdfFileWriter"/>.</summary>
public abstract class PdfObject
{
    internal abstract void WriteTo(PdfOutput output);

    /// <summary>The object's PDF syntax; for tests and debugging.</summary>
    public override string ToString()
    {
        using var memory = new MemoryStream();
        using (var output = new PdfOutput(memory)) WriteTo(output);
        return Encoding.Latin1.GetString(memory.ToArray());
    }

    public static implicit operator PdfObject(int value) => new PdfInteger(value);
    public static implicit operator PdfObject(bool value) => value ? PdfBoolean.True : PdfBoolean.False;
}

public sealed class PdfNull : PdfObject
{
    public static readonly PdfNull Instance = new();
    private PdfNull() { }
    internal override void WriteTo(PdfOutput output) => output.WriteAscii("null");
}

public sealed class PdfBoolean : PdfObject
{
    public static readonly PdfBoolean True = new(true);
    public static readonly PdfBoolean False = new(false);
    private PdfBoolean(bool value) => Value = value;
    public bool Value { get; }
    internal override void WriteTo(PdfOutput output) => output.WriteAscii(Value ? "true" : "false");
}

public sealed class PdfInteger(long value) : PdfObject
{
    public long Value { get; } = value;
    internal override void WriteTo(PdfOutput output) => output.WriteInteger(Value);
}

/// <summary>A real number, written in fixed notation (PDF has no exponents) with at most four decimals.</summary>
public sealed class PdfReal(double value) : PdfObject
{
    public double Value { get; } = value;

    internal override void WriteTo(PdfOutput output) => output.Advance(Write(Value, output.GetSpan(MaxBytes)));

    /// <summary>Bytes <see cref="Write"/> needs at most.</summary>
    public const int MaxBytes = 32;

    public static string Format(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), "PDF has no NaN or infinity.");
        var rounded = Math.Round(value, 4);
        if (Math.Abs(rounded) < FastLimit)
        {
            Span<byte> bytes = stackalloc byte[MaxBytes];
            var n = Write(value, bytes);
            return System.Text.Encoding.ASCII.GetString(bytes[..n]);
        }

        return Slow(rounded);
    }

    /// <summary>
    /// Writes <see cref="Format"/>'s text as ASCII bytes without making a string: the value rounded to four decimals,
    /// trailing zeros and a trailing point dropped, "-0" written "0". Below 10^9 the value is taken as a whole number
    /// of ten-thousandths (exact there: 13 digits, under the 15 that .NET's custom format keeps); above, the format string.
    /// </summary>
    public static int Write(double value, Span<byte> destination)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) throw new ArgumentOutOfRangeException(nameof(value), "PDF has no NaN or infinity.");
        var rounded = Math.Round(value, 4);
        if (!(Math.Abs(rounded) < FastLimit)) return System.Text.Encoding.ASCII.GetBytes(Slow(rounded), destination);
        var scaled = (long)Math.Round(rounded * 10000);
        if (scaled == 0)
        {
            destination[0] = (byte)'0';
            return 1;
        }

        var n = 0;
        if (scaled < 0)
        {
            destination[n++] = (byte)'-';
            scaled = -scaled;
        }

        System.Buffers.Text.Utf8Formatter.TryFormat(scaled / 10000, destination[n..], out var whole);
        n += whole;
        var fraction = (int)(scaled % 10000);
        if (fraction == 0) return n;
        destination[n++] = (byte)'.';
        for (var divisor = 1000; fraction != 0; divisor /= 10)
        {
            destination[n++] = (byte)('0' + fraction / divisor);
            fraction %= divisor;
        }

        return n;
    }

    private const double FastLimit = 1e9;

    private static string Slow(double rounded)
    {
        var text = rounded.ToString("0.####", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}

/// <summary>A name; bytes outside the regular characters are written as <c>#XX</c> (§7.3.5).</summary>
public sealed class PdfName : PdfObject
{
    private static readonly Dictionary<string, PdfName> Common = new(StringComparer.Ordinal);

    public PdfName(string value) => Value = value;

    public string Value { get; }

    private byte[]? _escaped;

    public static PdfName Of(string value)
    {
        lock (Common)
        {
            if (!Common.TryGetValue(value, out var name)) Common[value] = name = new PdfName(value);
            return name;
        }
    }

    public static implicit operator PdfName(string value) => Of(value);

    internal override void WriteTo(PdfOutput output) => output.Write(_escaped ??= System.Text.Encoding.ASCII.GetBytes(Escape(Value)));

    public static string Escape(string value)
    {
        var sb = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b < 0x21 || b > 0x7E || "#()<>[]{}/%".IndexOf((char)b) >= 0) sb.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }

        return sb.ToString();
    }
}

/// <summary>A string: literal <c>(…)</c> with escapes, or hexadecimal <c>&lt;…&gt;</c>.</summary>
public sealed class PdfString : PdfObject
{
    private PdfString(byte[] bytes, bool hex)
    {
        Bytes = bytes;
        Hex = hex;
    }

    public byte[] Bytes { get; }
    public bool Hex { get; }

    public static PdfString Literal(byte[] bytes) => new(bytes, false);
    public static PdfString HexOf(byte[] bytes) => new(bytes, true);

    /// <summary>A text string (§7.9.2.2): ASCII as a literal, anything else as UTF-16BE with a byte order mark.</summary>
    public static PdfString Text(string text)
    {
        if (text.All(c => c is >= ' ' and <= '~')) return Literal(Encoding.ASCII.GetBytes(text));
        var bytes = new List<byte> { 0xFE, 0xFF };
        bytes.AddRange(Encoding.BigEndianUnicode.GetBytes(text));
        return HexOf(bytes.ToArray());
    }

    internal override void WriteTo(PdfOutput output)
    {
        if (Hex)
        {
            output.WriteAscii("<" + Convert.ToHexString(Bytes) + ">");
            return;
        }

        var escaped = new List<byte>(Bytes.Length + 2) { (byte)'(' };
        foreach (var b in Bytes)
        {
            switch (b)
            {
                case (byte)'\\': escaped.Add((byte)'\\'); escaped.Add((byte)'\\'); break;
                case (byte)'(': escaped.Add((byte)'\\'); escaped.Add((byte)'('); break;
                case (byte)')': escaped.Add((byte)'\\'); escaped.Add((byte)')'); break;
                case (byte)'\r': escaped.Add((byte)'\\'); escaped.Add((byte)'r'); break;
                case (byte)'\n': escaped.Add((byte)'\\'); escaped.Add((byte)'n'); break;
                default: escaped.Add(b); break;
            }
        }

        escaped.Add((byte)')');
        output.Write(escaped.ToArray());
    }
}

public sealed class PdfArray : PdfObject
{
    public PdfArray(params IEnumerable<PdfObject> items) => Items = items.ToList();

    public List<PdfObject> Items { get; }

    public static PdfArray OfReals(params IEnumerable<double> values) => new(values.Select(v => (PdfObject)new PdfReal(v)));

    public PdfArray Add(PdfObject item)
    {
        Items.Add(item);
        return this;
    }

    internal override void WriteTo(PdfOutput output)
    {
        output.Write((byte)'[');
        for (var i = 0; i < Items.Count; i++)
        {
            if (i > 0) output.Write((byte)' ');
            Items[i].WriteTo(output);
        }

        output.Write((byte)']');
    }
}

/// <summary>A dictionary; keys keep their insertion order so output is stable.</summary>
public sealed class PdfDictionary : PdfObject
{
    private readonly List<KeyValuePair<PdfName, PdfObject>> _entries = new();

    public PdfDictionary() { }

    public PdfDictionary(string type) => Set("Type", new PdfName(type));

    public int Count => _entries.Count;

    public PdfObject? this[string key] => _entries.FirstOrDefault(e => e.Key.Value == key).Value;

    public PdfDictionary Set(string key, PdfObject value)
    {
        var index = _entries.FindIndex(e => e.Key.Value == key);
        var entry = new KeyValuePair<PdfName, PdfObject>(PdfName.Of(key), value);
        if (index >= 0) _entries[index] = entry;
        else _entries.Add(entry);
        return this;
    }

    internal override void WriteTo(PdfOutput output)
    {
        output.WriteAscii("<<");
        foreach (var (key, value) in _entries)
        {
            key.WriteTo(output);
            output.Write((byte)' ');
            value.WriteTo(output);
        }

        output.WriteAscii(">>");
    }
}

/// <summary>A reference <c>N 0 R</c> to an indirect object (generation always 0: FilingForge never updates files).</summary>
public sealed class PdfReference(int number) : PdfObject
{
    public int Number { get; } = number;
    internal override void WriteTo(PdfOutput output)
    {
        output.WriteInteger(Number);
        output.Write(" 0 R"u8);
    }
}
