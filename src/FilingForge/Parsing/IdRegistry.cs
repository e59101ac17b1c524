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
        foreach (var c in text)
        {
            var ascii = Fold(c);
            if (ascii.Length == 0)
            {
                pendingDash = true;
                continue;
            }

            if (pendingDash && sb.Length > 0) sb.Append('-');
            pendingDash = false;
            sb.Append(ascii.ToLowerInvariant());
        }

        return sb.Length == 0 ? fallback : sb.ToString();
    }

    /// <summary>
    /// A letter or digit as ASCII: itself, its base letter for accented Latin letters, or "" (a separator).
    /// A table rather than Unicode decomposition, because the build runs with invariant globalization.
    /// </summary>
    private static string Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9') return c.ToString();
        var accented = AccentedLatin.IndexOf(c);
        if (accented >= 0) return BaseLatin[accented].ToString();
        return c switch
        {
            'ß' => "ss",
            'Æ' => "AE",
            'æ' => "ae",
            'Ø' => "O",
            'ø' => "o",
            'Đ' => "D",
            'đ' => "d",
            'Ł' => "L",
            'ł' => "l",
            'Œ' => "OE",
            'œ' => "oe",
            'Þ' => "TH",
            'þ' => "th",
            'Ð' => "D",
            'ð' => "d",
            'ı' => "i",
            'Ħ' => "H",
            'ħ' => "h",
            'Ŧ' => "T",
            'ŧ' => "t",
            'Ŀ' => "L",
            'ŀ' => "l",
            _ => "",
        };
    }

    private const string AccentedLatin = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž";
    private const string BaseLatin = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz";
}
