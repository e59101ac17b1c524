namespace FilingForge.Writers.Html.Edgar;

/// <summary>EDGAR-RULES.md §8: lowercase letters and digits, at most one '-' or '_', one '.', extension .htm, ≤ 32 characters.</summary>
public static class EdgarFileName
{
    public const int MaxLength = 32;

    /// <summary>
    /// The EDGAR name of a document: lowercase letters and digits with only the last '-' kept, so
    /// <c>ethics-certification-clark</c> becomes <c>ethicscertification-clark.htm</c>; truncated to fit.
    /// </summary>
    public static string For(string documentName)
    {
        var parts = documentName.ToLowerInvariant().Split('-', '_').Select(p => new string(p.Where(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c)).ToArray())).Where(p => p.Length > 0).ToArray();
        var stem = parts.Length <= 1 ? string.Concat(parts) : string.Concat(parts[..^1]) + "-" + parts[^1];
        if (stem.Length == 0) stem = "document";
        return (stem.Length > MaxLength - 4 ? stem[..(MaxLength - 4)] : stem) + ".htm";
    }

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
