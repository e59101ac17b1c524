using System.Globalization;
using System.Text;

namespace FilingForge.Parsing;

/// <summary>
/// Hands out the bookmark ids of a document: explicit ids as written, slugs of the text otherwise, each unique.
/// Ids are ASCII (EDGAR allows nothing else), so accents are folded: "Hydro-Québec" → "hydro-quebec".
/// </summary>
internal sealed class IdRegistry
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public bool Contains(string id) => _used.Contains(id);

    /// <summary>Claims <paramref name="wanted"/>, or the first free <c>wanted-2</c>, <c>wanted-3</c>… when it is taken.</summary>
    public string Claim(string wanted)
    {
        var id = wanted;
        for (var n = 2; _used.Contains(id); n++) id = $"{wanted}-{n.ToString(CultureInfo.InvariantCulture)}";
        _used.Add(id);
        return id;
    }

    public static string Slug(string text, string fallback)
    {
        var sb = new StringBuilder();
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9' || c is >= 'A' and <= 'Z')
            {
                if (pendingDash && sb.Length > 0) sb.Append('-');
                pendingDash = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingDash = true;
            }
        }

        return sb.Length == 0 ? fallback : sb.ToString();
    }
}
