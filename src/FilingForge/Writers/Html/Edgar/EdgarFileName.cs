namespace FilingForge.Writers.Html.Edgar;

/// <summary>EDGAR-RULES.md §8: lowercase letters and digits, at most one '-' or '_', one '.', extension .htm, ≤ 32 characters.</summary>
public static class EdgarFileName
{
    public const int MaxLength = 32;

    /// <summary>Why <paramref name="fileName"/> is refused, or null when EDGAR accepts it.</summary>
    public static string? Problem(string fileName)
    {
        if (fileName.Length > MaxLength) return $"has {fileName.Length} characters";
        if (!fileName.EndsWith(".htm", StringComparison.Ordinal)) return "does not end in .htm";
        var stem = fileName[..^4];
        if (stem.Length == 0) return "has no name before .htm";
        if (stem.Contains('.')) return "has more than one '.'";
        if (stem.Any(char.IsAsciiLetterUpper)) return "has uppercase letters";
        if (stem.Any(c => !char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c is not '-' and not '_'))
            return "has characters other than letters, digits, '-' and '_'";
        if (stem.Count(c => c is '-' or '_') > 1) return "has more than one '-' or '_'";
        return null;
    }
}
