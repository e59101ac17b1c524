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
        var payload = compress ? Deflate(data) : data.ToArray();
        if (compress) dictionary.Set("Filter", PdfName.Of("FlateDecode"));
        dictionary.Set("Length", new PdfInteger(payload.Length));
        BeginObject(reference);
        dictionary.WriteTo(_output);
        _output.WriteAscii("\nstream\n");
        _output.Write(payload);
        _output.WriteAscii("\nendstream");
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
        for (var i = 1; i < _offsets.Count; i++) _output.WriteAscii(_offsets[i].ToString("D10", CultureInfo.InvariantCulture) + " 00000 n\r\n");

        var trailer = new PdfDictionary()
            .Set("Size", new PdfInteger(_offsets.Count))
            .Set("Root", catalog)
            .Set("ID", new PdfArray(id, id));
        if (info is not null) trailer.Set("Info", info);
        _output.WriteAscii("trailer\n");
        trailer.WriteTo(_output);
        _output.WriteAscii($"\nstartxref\n{xrefOffset.ToString(CultureInfo.InvariantCulture)}\n%%EOF\n");
    }

    private void BeginObject(PdfReference reference)
    {
        if (_offsets[reference.Number] >= 0) throw new InvalidOperationException($"Object {reference.Number} was already written.");
        _offsets[reference.Number] = _output.Position;
        _output.WriteAscii(reference.Number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
    }

    private void EndObject() => _output.WriteAscii("\nendobj\n");

    public void Dispose() => _output.Dispose();
}
