using System.Globalization;
using System.IO.Compression;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The file layer: writes each indirect object to the stream at once and remembers only its byte offset, so memory
/// grows by eight bytes per object rather than by the content. Object numbers may be reserved before the object is
/// written (a page points at its parent before the page tree exists).
/// </summary>
public sealed class PdfFileWriter : IDisposable
{
    private readonly PdfOutput _output;
    private readonly List<long> _offsets = [0];

    public PdfFileWriter(Stream stream)
    {
        _output = new PdfOutput(stream);
        _output.WriteAscii("%PDF-1.7\n");
        // A comment with bytes above 127 tells transfer programs the file is binary (§7.5.2).
        _output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    public long Position => _output.Position;

    /// <summary>Reserves the next object number; the object must be written later with <see cref="Write(PdfReference, PdfObject)"/>.</summary>
    public PdfReference Reserve()
    {
        _offsets.Add(-1);
        return new PdfReference(_offsets.Count - 1);
    }

    public PdfReference Write(PdfObject value)
    {
        var reference = Reserve();
        Write(reference, value);
        return reference;
    }

    public void Write(PdfReference reference, PdfObject value)
    {
        BeginObject(reference);
        value.WriteTo(_output);
        EndObject();
    }

    /// <summary>Writes a stream object, Flate-compressed when <paramref name="compress"/> (deterministic: same bytes in, same bytes out).</summary>
    public PdfReference WriteStream(PdfDictionary dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        var reference = Reserve();
        WriteStream(reference, dictionary, data, compress);
        return reference;
    }

    public void WriteStream(PdfReference reference, PdfDictionary dictionary, ReadOnlySpan<byte> data, bool compress = true)
    {
        ReadOnlySpan<byte> payload = compress ? Deflate(data) : data;
        if (compress) dictionary.Set("Filter", PdfName.Of("FlateDecode"));
        dictionary.Set("Length", new PdfInteger(payload.Length));
        BeginObject(reference);
        dictionary.WriteTo(_output);
        _output.Write("\nstream\n"u8);
        _output.Write(payload);
        _output.Write("\nendstream"u8);
        EndObject();
    }

    /// <summary>
    /// An uncompressed stream whose dictionary has only its length: the bytes <see cref="WriteStream(PdfDictionary, ReadOnlySpan{byte}, bool)"/>
    /// writes for an empty dictionary, without building one (a personalised page's content).
    /// </summary>
    public PdfReference WriteStream(ReadOnlySpan<byte> data)
    {
        var reference = Reserve();
        BeginObject(reference);
        _output.Write("<</Length "u8);
        _output.WriteInteger(data.Length);
        _output.Write(">>\nstream\n"u8);
        _output.Write(data);
        _output.Write("\nendstream"u8);
        EndObject();
        return reference;
    }

    /// <summary>Writes an object whose body is already PDF syntax (<paramref name="body"/>, then <paramref name="tail"/>).</summary>
    internal void WriteRaw(PdfReference reference, ReadOnlySpan<byte> body, int number, ReadOnlySpan<byte> tail)
    {
        BeginObject(reference);
        _output.Write(body);
        _output.WriteInteger(number);
        _output.Write(tail);
        EndObject();
    }

    public static byte[] Deflate(ReadOnlySpan<byte> data)
    {
        using var memory = new MemoryStream();
        using (var zlib = new ZLibStream(memory, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return memory.ToArray();
    }

    /// <summary>Writes the cross-reference table and trailer; the document ID is the SHA-256 of all bytes before it.</summary>
    public void Finish(PdfReference catalog, PdfReference? info)
    {
        var missing = _offsets.FindIndex(1, o => o < 0);
        if (missing > 0) throw new InvalidOperationException($"Object {missing} was reserved but never written.");

        var id = PdfString.HexOf(_output.ContentHash()[..16]);
        var xrefOffset = _output.Position;
        _output.WriteAscii($"xref\n0 {_offsets.Count}\n");
        _output.WriteAscii("0000000000 65535 f\r\n");
        var tenDigits = new System.Buffers.StandardFormat('D', 10);
        for (var i = 1; i < _offsets.Count; i++)
        {
            var line = _output.GetSpan(32);
            System.Buffers.Text.Utf8Formatter.TryFormat(_offsets[i], line, out var n, tenDigits);
            " 00000 n\r\n"u8.CopyTo(line[n..]);
            _output.Advance(n + 10);
        }


        var trailer = new PdfDictionary()
            .Set("Size", new PdfInteger(_offsets.Count))
            .Set("Root", catalog)
            .Set("ID", new PdfArray(id, id));
        if (info is not null) trailer.Set("Info", info);
        _output.WriteAscii("trailer\n");
        trailer.WriteTo(_output);
        _output.WriteAscii($"\nstartxref\n{xrefOffset.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
        _output.Flush();
    }

    private void BeginObject(PdfReference reference)
    {
        if (_offsets[reference.Number] >= 0) throw new InvalidOperationException($"Object {reference.Number} was already written.");
        _offsets[reference.Number] = _output.Position;
        _output.WriteInteger(reference.Number);
        _output.Write(" 0 obj\n"u8);
    }

    private void EndObject() => _output.Write("\nendobj\n"u8);

    public void Dispose() => _output.Dispose();
}
