using System.Globalization;

namespace FilingForge.Document;

/// <summary>
/// The text of a list item's marker ("1.", "(1)", "(a)", a bullet). Writers that print the marker themselves (the
/// PDF, EDGAR's HTML) take it from here, so it reads the same as the numbering Word and the preview's style sheet
/// generate for the same <see cref="ListNumberStyle"/>.
/// </summary>
public static class ListMarker
{
    public const string Bullet = "\u2022";

    /// <summary>The marker of the item numbered <paramref name="number"/> in a list of <paramref name="style"/>.</summary>
    public static string Number(ListNumberStyle style, int number) => style switch
    {
        ListNumberStyle.ParenthesizedDecimal => "(" + Decimal(number) + ")",
        ListNumberStyle.ParenthesizedLowerAlpha => "(" + Letters(number) + ")",
        _ => Decimal(number) + ".",
    };

    /// <summary>The marker of item <paramref name="index"/> (from 0) of <paramref name="list"/>.</summary>
    public static string Of(ListBlock list, int index) => list.Ordered ? Number(list.NumberStyle, list.Start + index) : Bullet;

    private static string Decimal(int number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>1 → a, 26 → z, 27 → aa, as CSS lower-alpha counts; a number below 1 has no letter and prints as digits.</summary>
    public static string Letters(int number)
    {
        if (number < 1) return Decimal(number);
        var letters = "";
        for (var n = number; n > 0; n = (n - 1) / 26) letters = (char)('a' + (n - 1) % 26) + letters;
        return letters;
    }
}
