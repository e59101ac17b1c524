namespace FilingForge.Cards;

/// <summary>
/// A control number for internet and telephone voting: twelve digits derived from a secret key, plus a Luhn check
/// digit that catches a mistyped digit or a swap of neighbours before the vote is looked up.
/// </summary>
public readonly record struct ControlNumber(ulong Body)
{
    public const ulong Modulus = 1_000_000_000_000UL;

    public int CheckDigit
    {
        get
        {
            Span<char> digits = stackalloc char[13];
            return Fill(digits);
        }
    }

    /// <summary>Thirteen digits, no separators.</summary>
    public string Digits => string.Create(13, Body, static (digits, body) => Fill(digits, body));

    /// <summary>Grouped for reading aloud on the telephone: <c>1234 5678 9012 3</c>.</summary>
    public string Printed => string.Create(16, Body, static (printed, body) =>
    {
        Span<char> digits = stackalloc char[13];
        Fill(digits, body);
        digits[..4].CopyTo(printed);
        printed[4] = ' ';
        digits[4..8].CopyTo(printed[5..]);
        printed[9] = ' ';
        digits[8..12].CopyTo(printed[10..]);
        printed[14] = ' ';
        printed[15] = digits[12];
    });

    /// <summary>Writes the twelve digits of the body and the check digit into <paramref name="digits"/>; returns the check digit.</summary>
    private int Fill(Span<char> digits) => Fill(digits, Body);

    private static int Fill(Span<char> digits, ulong body)
    {
        for (var i = 11; i >= 0; i--)
        {
            digits[i] = (char)('0' + (int)(body % 10));
            body /= 10;
        }

        var check = Luhn.CheckDigit(digits[..12]);
        digits[12] = (char)('0' + check);
        return check;
    }

    public override string ToString() => "ControlNumber(redacted)";
}

/// <summary>The Luhn (mod 10) check digit, as used on card numbers.</summary>
public static class Luhn
{
    public static int CheckDigit(string digits) => CheckDigit(digits.AsSpan());

    public static int CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt) { d *= 2; if (d > 9) d -= 9; }
            sum += d;
            doubleIt = !doubleIt;
        }

        return (10 - sum % 10) % 10;
    }

    public static bool IsValid(string digitsWithCheck) =>
        digitsWithCheck.Length > 1 && digitsWithCheck.All(char.IsAsciiDigit)
        && CheckDigit(digitsWithCheck[..^1]) == digitsWithCheck[^1] - '0';
}
