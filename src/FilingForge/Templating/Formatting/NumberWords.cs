using System.Globalization;

namespace FilingForge.Templating.Formatting;

/// <summary>Numbers as words, the way a proxy statement writes counts: "seventeen times", "six directors", "three (3) meetings".</summary>
public static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly string[] OrdinalUnits =
    [
        "zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
    ];

    /// <summary>Words for 0–999 999; larger numbers keep their digits, as filings do.</summary>
    public static string Cardinal(long number)
    {
        if (number < 0) return "minus " + Cardinal(-number);
        if (number < 20) return Units[number];
        if (number < 100) return Tens[number / 10] + (number % 10 == 0 ? "" : "-" + Units[number % 10]);
        if (number < 1000) return Units[number / 100] + " hundred" + (number % 100 == 0 ? "" : " " + Cardinal(number % 100));
        if (number < 1_000_000) return Cardinal(number / 1000) + " thousand" + (number % 1000 == 0 ? "" : " " + Cardinal(number % 1000));
        return number.ToString("N0", CultureInfo.InvariantCulture);
    }

    /// <summary><c>first</c>, <c>twenty-third</c>, <c>one hundredth</c>.</summary>
    public static string Ordinal(long number)
    {
        if (number < 0) return "minus " + Ordinal(-number);
        if (number < 20) return OrdinalUnits[number];
        if (number < 100)
            return number % 10 == 0 ? Tens[number / 10][..^1] + "ieth" : Tens[number / 10] + "-" + OrdinalUnits[number % 10];
        if (number < 1_000_000)
        {
            var cardinal = Cardinal(number);
            var rest = number % 100;
            if (rest == 0) return cardinal + "th";
            var head = Cardinal(number - rest);
            return head + " " + Ordinal(rest);
        }

        return number.ToString("N0", CultureInfo.InvariantCulture) + OrdinalSuffix(number);
    }

    /// <summary>"once", "twice", "seventeen times".</summary>
    public static string Times(long number) => number switch
    {
        1 => "once",
        2 => "twice",
        _ => Cardinal(number) + " times",
    };

    /// <summary>"six directors", "one director"; <paramref name="plural"/> when the noun does not take a plain "s".</summary>
    public static string Count(long number, string singular, string? plural = null) =>
        Cardinal(number) + " " + Noun(number, singular, plural);

    /// <summary>"five (5) meetings", the legal style that states a number twice.</summary>
    public static string WordsAndDigits(long number, string singular, string? plural = null) =>
        $"{Cardinal(number)} ({number.ToString(CultureInfo.InvariantCulture)}) {Noun(number, singular, plural)}";

    public static string Noun(long number, string singular, string? plural = null) =>
        number == 1 ? singular : plural ?? singular + "s";

    private static string OrdinalSuffix(long number) =>
        (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
