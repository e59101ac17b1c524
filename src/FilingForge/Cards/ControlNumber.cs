namespace FilingForge.Cards;

/// <summary>
/// A control number for internet and telephone voting: twelve digits derived from a secret key, plus a Luhn check
/// digit that catches a mistyped digit or a swap of neighbours before the vote is looked up.
/// </summary>
public readonly record struct ControlNumber(ulong Body)
{
    public const ulong Modulus = 1_000_000_000_000UL;

    public int CheckDigit => Luhn.CheckDigit(Body.ToString("D12", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Thirteen digits, no separators.</summary>
    public string Digits => Body.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) + CheckDigit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Grouped for reading aloud on the telephone: <c>1234 5678 9012 3</c>.</summary>
    public string Printed => $"{Digits[..4]} {Digits[4..8]} {Digits[8..12]} {Digits[12]}";

    public override string ToString() => "ControlNumber(redacted)";
}

/// <summary>The Luhn (mod 10) check digit, as used on card numbers.</summary>
public static class Luhn
{
    public static int CheckDigit(string digits)
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
