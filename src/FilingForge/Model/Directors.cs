namespace FilingForge.Model;

/// <summary><c>directors.yaml</c>: the board, nominees and directors who are not standing again.</summary>
public sealed class DirectorsFile : ModelNode
{
    /// <summary>Board meetings held in the last fiscal year.</summary>
    public required int BoardMeetingsHeld { get; init; }
    /// <summary>Attendance threshold stated in the filing, in percent (Item 407(b)(1): 75).</summary>
    public required int AttendanceThresholdPercent { get; init; }
    /// <summary>Number of directors the bylaws currently provide for.</summary>
    public required int AuthorizedBoardSize { get; init; }
    /// <summary>Nominees in the order of the nominee table, then directors not standing again.</summary>
    public required List<Director> Directors { get; init; }
}

public sealed class Director : ModelNode
{
    /// <summary>Person id from people.yaml.</summary>
    public required string Person { get; init; }
    /// <summary>Age as of the information date. Required by Item 401 for nominees; may be unknown for a director who is not standing again.</summary>
    public int? Age { get; init; }
    /// <summary>Year first elected. Required by Item 401 for nominees; may be unknown for a director who is not standing again.</summary>
    public int? DirectorSince { get; init; }
    /// <summary>Whether the director stands for election under Proposal 1.</summary>
    public required bool Nominee { get; init; }
    /// <summary>Whether the director is Chairman of the Board.</summary>
    public bool Chairman { get; init; }
    public DateOnly? ChairmanSince { get; init; }
    /// <summary>Whether the board considers the director independent.</summary>
    public required bool Independent { get; init; }
    /// <summary>Business experience in the project's words (Markdown).</summary>
    public MarkdownText? Biography { get; init; }
}
