using System.Text;
using FilingForge.Document;

namespace FilingForge.Writers.Docx.Rendering;

/// <summary>
/// Word bookmark names for the IR's ids. Word allows only letters, digits and underscores, at most 40 characters,
/// starting with a letter, so <c>proposal-1</c> becomes <c>proposal_1</c>. Names are decided up front, in document
/// order, so that a link can point forward to a heading written later.
/// </summary>
internal sealed class BookmarkNames
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    public static BookmarkNames Collect(IEnumerable<Block> blocks)
    {
        var names = new BookmarkNames();
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var block in BlockTree.Descendants(blocks))
        {
            var id = block switch
            {
                Heading h => h.Id,
                Table t => t.Id,
                Chart c => c.Id,
                _ => null,
            };
            if (string.IsNullOrEmpty(id) || names._names.ContainsKey(id)) continue;
            names._names.Add(id, Unique(Sanitize(id), taken));
        }

        return names;
    }

    public bool TryGetName(string id, out string name) => _names.TryGetValue(id, out name!);

    /// <summary>The bookmark name for <paramref name="id"/> the first time it is asked for; a repeated id gets none.</summary>
    public bool TryClaim(string id, out string name) =>
        TryGetName(id, out name) && _claimed.Add(id);

    private static string Sanitize(string id)
    {
        var sb = new StringBuilder(id.Length + 2);
        foreach (var ch in id)
            sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        if (sb.Length == 0 || !char.IsAsciiLetter(sb[0])) sb.Insert(0, "b_");
        return sb.Length > MaxLength ? sb.ToString(0, MaxLength) : sb.ToString();
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        var candidate = name;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            var suffix = "_" + DocxUnits.Text(n);
            candidate = (name.Length + suffix.Length > MaxLength ? name[..(MaxLength - suffix.Length)] : name) + suffix;
        }

        return candidate;
    }
}
