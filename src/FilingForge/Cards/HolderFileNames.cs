using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace FilingForge.Cards;

/// <summary>
/// The file name of each holder's card under <c>holders/</c>, unique for every pair of distinct ids and bounded in
/// length. An id is escaped injectively: ASCII letters, digits, '-' and a non-leading '.' are kept, every other UTF-16
/// unit (the escape character '_' included) becomes <c>_XXXX</c>, so no two ids escape alike. An escaped name longer
/// than <see cref="MaxLength"/> keeps a readable prefix and ends in <c>~</c> and 128 bits of the id's SHA-256; no escaped
/// name contains '~', so a shortened name never equals a whole one.
/// <para>
/// A case-insensitive file system (Windows, macOS) would still put <c>A1</c> and <c>a1</c> in one file, so the names
/// are issued in register order and a name that equals an earlier one but for case gets the hash suffix too. Every
/// shard issues the names of the holders before its range, so a holder's file name is the one the unsharded run gives.
/// </para>
/// </summary>
public sealed class HolderFileNames
{
    /// <summary>Characters before <c>.pdf</c>: far below the 255 bytes a file name may have on every common file system.</summary>
    public const int MaxLength = 100;

    private const int PrefixLength = 60;
    private readonly HashSet<string> _issued = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The file name (without folder or extension) of the next holder in register order.</summary>
    public string Issue(string id)
    {
        var name = Escape(id, int.MaxValue);
        if (name.Length > MaxLength || _issued.Contains(name)) name = Escape(id, PrefixLength) + "~" + Hash(id);
        _issued.Add(name);
        return name;
    }

    /// <summary>The id escaped, stopping before the escape that would pass <paramref name="limit"/> characters.</summary>
    public static string Escape(string id, int limit)
    {
        var name = new StringBuilder(Math.Min(id.Length, limit));
        foreach (var c in id)
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c == '-' || (c == '.' && name.Length > 0);
            var token = kept ? c.ToString() : "_" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            if (name.Length + token.Length > limit) break;
            name.Append(token);
        }

        return name.ToString();
    }

    private static string Hash(string id) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0, 16);
}
