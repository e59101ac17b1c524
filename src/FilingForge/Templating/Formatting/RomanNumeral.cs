using System.Text;

namespace FilingForge.Templating.Formatting;

/// <summary>Upper-case Roman numerals, as a lawyer's list of clauses numbers them: "(I) … (II) …" in a card's legend.</summary>
public static class RomanNumeral
{
    private static readonly (int Value, string Numeral)[] Steps =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    /// <summary>The largest number the numerals write without a bar over them.</summary>
    public const int Largest = 3999;

    public static string Of(int n)
    {
        var text = new StringBuilder();
        foreach (var (value, numeral) in Steps)
            for (; n >= value; n -= value) text.Append(numeral);
        return text.ToString();
    }
}
