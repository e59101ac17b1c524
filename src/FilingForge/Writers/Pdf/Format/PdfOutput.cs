using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The byte sink of a PDF file: counts the bytes written (the cross-reference table needs each object's offset)
/// and hashes them, so the document ID is derived from the content rather than from a clock or a random number.
/// Bytes are gathered in a 64 KB buffer and handed to the stream and the hash a buffer at a time: a PDF is written as
/// thousands of tokens of a few bytes each, and a stream write plus a hash update per token cost more than the tokens.
/// </summary>
internal sealed class PdfOutput : IDisposable
{
    private const int BufferSize = 1 << 16;
    private readonly Stream _stream;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _buffer = new byte[BufferSize];
    private int _used;
    private long _flushed;

    public PdfOutput(Stream stream)
    {
        _stream = stream;
    }

    public long Position => _flushed + _used;

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > BufferSize - _used)
        {
            Flush();
            if (bytes.Length >= BufferSize)
            {
                _stream.Write(bytes);
                _hash.AppendData(bytes);
                _flushed += bytes.Length;
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    public void Write(byte b)
    {
        if (_used == BufferSize) Flush();
        _buffer[_used++] = b;
    }

    /// <summary>Writes PDF syntax, which is ASCII by construction.</summary>
    public void WriteAscii(string text)
    {
        if (text.Length <= BufferSize - _used || (Flush() && text.Length <= BufferSize))
        {
            _used += Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_used));
        }
        else
        {
            Write(Encoding.ASCII.GetBytes(text));
        }
    }

    /// <summary>A whole number in decimal, as <c>ToString(CultureInfo.InvariantCulture)</c> writes it.</summary>
    public void WriteInteger(long value)
    {
        if (BufferSize - _used < 20) Flush();
        Utf8Formatter.TryFormat(value, _buffer.AsSpan(_used), out var n);
        _used += n;
    }

    /// <summary>Room for <paramref name="size"/> bytes (at most 4 KB) to be filled and then committed with <see cref="Advance"/>.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (BufferSize - _used < size) Flush();
        return _buffer.AsSpan(_used);
    }

    public void Advance(int count) => _used += count;

    /// <summary>Hands the buffered bytes to the stream and the hash.</summary>
    public bool Flush()
    {
        if (_used == 0) return true;
        var pending = _buffer.AsSpan(0, _used);
        _stream.Write(pending);
        _hash.AppendData(pending);
        _flushed += _used;
        _used = 0;
        return true;
    }

    /// <summary>The SHA-256 of everything written so far.</summary>
    public byte[] ContentHash()
    {
        Flush();
        return _hash.GetCurrentHash();
    }

    public void Dispose()
    {
        try
        {
            Flush(); // a finished file was flushed already; an unfinished one keeps what was written, as before
        }
        catch (IOException)
        {
            // the stream failed: the write that failed has reported it
        }
        finally
        {
            _hash.Dispose();
        }
    }
}
