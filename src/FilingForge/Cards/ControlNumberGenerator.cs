using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FilingForge.Cards;

/// <summary>
/// Derives control numbers with HMAC-SHA256 from a secret key: unguessable without the key, yet the same register and
/// key always give the same numbers. The input binds the filing, the holder id and an attempt counter; a collision
/// with a number already given in this run is resolved by the next attempt, in register order, so the outcome is
/// deterministic. The key never leaves this object: it is not printed, logged or written.
/// </summary>
public sealed class ControlNumberGenerator : IDisposable
{
    public const string KeyVariable = "FILINGFORGE_CONTROL_KEY";
    public const int MinimumKeyBytes = 16;

    private readonly HashSet<ulong> _issued = new();
    private readonly IncrementalHash _hmac;
    private readonly byte[] _prefix;
    private byte[] _message = new byte[256];

    public ControlNumberGenerator(byte[] key, string context)
    {
        if (key.Length < MinimumKeyBytes) throw new ArgumentException($"The control-number key must be at least {MinimumKeyBytes} bytes.", nameof(key));
        // One keyed HMAC reused for every holder (the key schedule once, not per number), over a message whose
        // filing prefix is encoded once: the bytes hashed are exactly Encoding.UTF8 of the v1 message below.
        _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        _prefix = Encoding.UTF8.GetBytes($"filingforge/control-number/v1\0{context}\0");
    }

    public void Dispose() => _hmac.Dispose();

    /// <summary>The key from <see cref="KeyVariable"/>, or null when it is unset, too short or no secret.</summary>
    public static byte[]? KeyFromEnvironment() => KeyFrom(Environment.GetEnvironmentVariable(KeyVariable));

    /// <summary>
    /// The key's bytes, or null. Sixteen spaces (an unset secret pasted as padding) or one character repeated is
    /// 16 bytes long and guessable at once, so the length is counted without surrounding whitespace and the key needs
    /// two different characters at least.
    /// </summary>
    public static byte[]? KeyFrom(string? value)
    {
        if (string.IsNullOrEmpty(value)) return null;
        var trimmed = value.Trim();
        if (Encoding.UTF8.GetByteCount(trimmed) < MinimumKeyBytes || trimmed.Distinct().Count() < 2) return null;
        return Encoding.UTF8.GetBytes(value);
    }

    /// <summary>Number of collisions resolved so far (reported in the run summary; never the numbers themselves).</summary>
    public int Collisions { get; private set; }

    /// <summary>The next holder's number; call in register order.</summary>
    public ControlNumber Issue(string holderId)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = Derive(holderId, attempt);
            if (_issued.Add(candidate.Body)) return candidate;
            Collisions++;
        }
    }

    /// <summary>The number for a holder at a given attempt, before collision handling.</summary>
    /// <remarks>The message is <c>filingforge/control-number/v1\0{context}\0{holder id}\0{attempt}</c> in UTF-8.</remarks>
    public ControlNumber Derive(string holderId, int attempt)
    {
        var length = _prefix.Length + Encoding.UTF8.GetMaxByteCount(holderId.Length) + 12;
        if (_message.Length < length) _message = new byte[length];
        _prefix.CopyTo(_message, 0);
        var n = _prefix.Length + Encoding.UTF8.GetBytes(holderId, _message.AsSpan(_prefix.Length));
        _message[n++] = 0;
        System.Buffers.Text.Utf8Formatter.TryFormat(attempt, _message.AsSpan(n), out var digits);
        n += digits;
        Span<byte> mac = stackalloc byte[32];
        _hmac.AppendData(_message, 0, n);
        _hmac.GetHashAndReset(mac);
        // 64 bits reduced modulo 10^12: the bias is below 1 in 18 million, far under any guessing advantage.
        return new ControlNumber(BinaryPrimitives.ReadUInt64BigEndian(mac) % ControlNumber.Modulus);
    }
}
