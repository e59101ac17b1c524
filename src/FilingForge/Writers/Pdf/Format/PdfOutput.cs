using System.Security.Cryptography;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The byte sink of a PDF file: counts the bytes written (the cross-reference table needs each object's offset)
/// and hashes them, so the document ID is derived from the content rather than from a clock or a random number.
/// </summary>
internal sealed class PdfOutput : IDisposable
{
    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[256];

    public PdfOutput(Stream stream)
    {
        _stream = stream;
    }

    public long Position { get; private set; }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        _stream.Write(bytes);
        _hash.AppendData(bytes);
        Position += bytes.Length;
    }

    public void Write(byte b)
    {
        _buffer[0] = b;
        Write(_buffer.AsSpan(0, 1));
    }

    /// <summary>Writes PDF syntax, which is ASCII by construction.</summary>
    public void WriteAscii(string text)
    {
        if (text.Length <= _buffer.Length)
        {
            var n = Encoding.ASCII.GetBytes(text, _buffer);
            Write(_buffer.AsSpan(0, n));
        }
        else
        {
            Write(Encoding.ASCII.GetBytes(text));
        }
    }

    /// <summary>The SHA-256 of everything written so far.</summary>
    public byte[] ContentHash() => _hash.GetCurrentHash();

    public void Dispose() => _hash.Dispose();
}
