namespace FilingForge.Writers.Html;

/// <summary>
/// The rank (h1–h6) of each heading in the HTML outline. The IR's heading level is also its look, and a document may
/// set a subhead's look directly under a part title (the appendix charter's level-3 heads under its level-1 title);
/// HTML's outline may not skip a rank, so such a heading is ranked one below the heading it falls under and keeps
/// its look through a class.
/// </summary>
public sealed class HeadingOutline
{
    private readonly Stack<(int Level, int Rank)> _open = new();

    public int RankOf(int level)
    {
        while (_open.Count > 0 && _open.Peek().Level >= level) _open.Pop();
        var rank = Math.Min(level, (_open.Count > 0 ? _open.Peek().Rank : 0) + 1);
        _open.Push((level, rank));
        return rank;
    }
}
