using System.Text;
using FilingForge.Diagnostics;

namespace FilingForge.Cards;

/// <summary>
/// Reads the holder register, a CSV file (RFC 4180 quoting, UTF-8) with the header
/// <c>holder_id,name_1,name_2,address_1,address_2,address_3,shares</c>. It streams: holders are yielded as they are
/// read, so memory does not grow with the register. Every bad row is reported with its line number; the caller
/// decides whether a bad row skips that holder or fails the run.
/// </summary>
public sealed class HolderRegisterReader
{
    public static readonly string[] Columns = ["holder_id", "name_1", "name_2", "address_1", "address_2", "address_3", "shares"];

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private readonly string _path;
    private readonly DiagnosticBag _diagnostics;
    private readonly Func<Holder, SourceLocation, Diagnostic?>? _unprintable;

    /// <param name="unprintable">Why a well-formed row still cannot be printed (the card's check), or null; such a row is a bad row too.</param>
    public HolderRegisterReader(string path, DiagnosticBag diagnostics, Func<Holder, SourceLocation, Diagnostic?>? unprintable = null)
    {
        _path = path;
        _diagnostics = diagnostics;
        _unprintable = unprintable;
    }

    /// <summary>Number of rows that were reported as bad.</summary>
    public int BadRows { get; private set; }

    /// <summary>A register of 10 million holders is about 1 GB; more than this is not a register.</summary>
    public const long MaxBytes = 4L << 30;

    /// <summary>Seven fields of a name or an address line each; a row past this is garbage (or /dev/zero).</summary>
    public const int MaxRowBytes = 64 * 1024;

    public IEnumerable<Holder> Read()
    {
        if (Unreadable() is { } problem)
        {
            _diagnostics.Add(CardDiagnostics.NotARegister.At(new SourceLocation(_path, 0, 0), problem));
            yield break;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var lines = new LineSplitter(stream);
        var lineNumber = 0;
        while (lines.Next() is var length and not LineSplitter.End)
        {
            lineNumber++;
            if (length == LineSplitter.TooLong)
            {
                Bad(CardDiagnostics.RowTooLong.At(new SourceLocation(_path, lineNumber, 1), MaxRowBytes));
                continue;
            }

            var fields = Decode(lines.Line.AsSpan(0, length), lineNumber);
            if (fields is null) continue;
            if (lineNumber == 1)
            {
                if (!CheckHeader(fields)) yield break;
                continue;
            }

            if (fields.Count == 1 && fields[0].Length == 0) continue;
            var holder = ToHolder(fields, lineNumber, seen);
            if (holder is not null) yield return holder;
        }
    }

    /// <summary>
    /// Why the file is no register, checked without opening it: a device or a pipe (which .NET reports as length 0, and
    /// which would block or never end) or an empty file holds no register; nor does one past <see cref="MaxBytes"/>.
    /// </summary>
    private string? Unreadable()
    {
        var info = new FileInfo(_path);
        if (info.Length == 0) return "is empty, or not a regular file (a device or a pipe)";
        return info.Length > MaxBytes ? $"is {info.Length:N0} bytes; a register has at most {MaxBytes:N0}" : null;
    }

    private bool CheckHeader(List<string> fields)
    {
        var expected = string.Join(",", Columns);
        var found = string.Join(",", fields.Select(f => f.Trim().TrimStart('\uFEFF')));
        if (found == expected) return true;
        _diagnostics.Add(CardDiagnostics.BadHeader.At(new SourceLocation(_path, 1, 1), found, expected));
        return false;
    }

    private List<string>? Decode(ReadOnlySpan<byte> raw, int lineNumber)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(raw);
        }
        catch (DecoderFallbackException e)
        {
            var index = e.Index < 0 ? 0 : e.Index;
            var bad = e.BytesUnknown is { Length: > 0 } bytes ? bytes[0] : (byte)0;
            Bad(CardDiagnostics.InvalidUtf8.At(new SourceLocation(_path, lineNumber, index + 1), bad, index + 1));
            return null;
        }

        var fields = CsvLine.Split(text);
        if (fields is null) Bad(CardDiagnostics.UnclosedQuote.At(new SourceLocation(_path, lineNumber, 1)));
        return fields;
    }

    private Holder? ToHolder(List<string> f, int line, Dictionary<string, int> seen)
    {
        var at = new SourceLocation(_path, line, 1);
        if (f.Count != Columns.Length) return Bad(CardDiagnostics.WrongColumnCount.At(at, f.Count, Columns.Length));
        var id = f[0].Trim();
        if (id.Length == 0) return Bad(CardDiagnostics.MissingHolderId.At(at));
        var names = NonEmpty(f[1].Trim(), f[2].Trim());
        if (names.Length == 0) return Bad(CardDiagnostics.MissingName.At(at, id));
        var sharesText = f[6].Trim();
        if (!long.TryParse(sharesText, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var shares))
            return Bad(CardDiagnostics.BadShares.At(new SourceLocation(_path, line, ColumnOf(f, 6)), sharesText));
        if (seen.TryGetValue(id, out var firstLine)) return Bad(CardDiagnostics.DuplicateHolder.At(at, id, firstLine));
        seen[id] = line;
        var address = NonEmpty(f[3].Trim(), f[4].Trim(), f[5].Trim());
        var holder = new Holder(id, names, address, shares, line);
        return _unprintable?.Invoke(holder, at) is { } problem ? Bad(problem) : holder;
    }

    /// <summary>The values that are not empty, in order.</summary>
    private static string[] NonEmpty(params ReadOnlySpan<string> values)
    {
        var count = 0;
        foreach (var v in values) if (v.Length > 0) count++;
        if (count == 0) return [];
        var result = new string[count];
        count = 0;
        foreach (var v in values) if (v.Length > 0) result[count++] = v;
        return result;
    }

    private Holder? Bad(Diagnostic diagnostic)
    {
        BadRows++;
        _diagnostics.Add(diagnostic);
        return null;
    }

    private static int ColumnOf(List<string> fields, int index) => fields.Take(index).Sum(f => f.Length + 1) + 1;

    /// <summary>
    /// Splits the byte stream at LF (dropping a CR before it) without decoding, so a bad byte is reported on its own line.
    /// A line past <see cref="MaxRowBytes"/> is not kept: it comes out as <see cref="TooLong"/>, and memory stays bounded.
    /// The line is copied into one reused buffer (<see cref="Line"/>), found with a vectorised search for LF.
    /// </summary>
    private sealed class LineSplitter(Stream stream)
    {
        public const int End = -2;
        public const int TooLong = -1;

        private readonly byte[] _buffer = new byte[1 << 16];
        private int _start, _end;
        private bool _eof;

        /// <summary>The current line's bytes (its length is what <see cref="Next"/> returned).</summary>
        public byte[] Line { get; private set; } = new byte[256];

        /// <summary>The next line's length, <see cref="TooLong"/>, or <see cref="End"/> after the last line.</summary>
        public int Next()
        {
            var length = 0;
            var tooLong = false;
            var any = false;
            while (true)
            {
                if (_start == _end)
                {
                    if (_eof || (_end = stream.Read(_buffer, 0, _buffer.Length)) == 0)
                    {
                        _eof = true;
                        _start = _end = 0;
                        // The last line has no LF: it counts only if it has bytes (or was too long), as before.
                        if (tooLong) return TooLong;
                        return any && length > 0 ? TrimCr(length) : End;
                    }

                    _start = 0;
                }

                var chunk = _buffer.AsSpan(_start, _end - _start);
                var newline = chunk.IndexOf((byte)'\n');
                var part = newline < 0 ? chunk : chunk[..newline];
                any |= part.Length > 0;
                if (!tooLong)
                {
                    var room = MaxRowBytes - length;
                    if (part.Length > room)
                    {
                        tooLong = true;
                    }
                    else
                    {
                        if (Line.Length < length + part.Length) Grow(length + part.Length);
                        part.CopyTo(Line.AsSpan(length));
                        length += part.Length;
                    }
                }

                if (newline < 0)
                {
                    _start = _end;
                    continue;
                }

                _start += newline + 1;
                return tooLong ? TooLong : TrimCr(length);
            }
        }

        private int TrimCr(int length) => length > 0 && Line[length - 1] == (byte)'\r' ? length - 1 : length;

        private void Grow(int needed)
        {
            var bigger = new byte[Math.Min(Math.Max(needed, Line.Length * 2), MaxRowBytes)];
            Line.AsSpan().CopyTo(bigger);
            Line = bigger;
        }
    }
}
