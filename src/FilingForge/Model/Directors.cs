namespace FilingForge.Model;

/// <summary><c>directors.yaml</c>: the board, nominees and directors who are not standing again.</summary>
public sealed class DirectorsFile : ModelNode
{
    public required int BoardMeetingsHeld { get; init; }
    /// <summary>Attendance threshold stated in the filing, in percent (Item 407(b)(1): 75).</summary>
    public required int AttendanceThresholdPercent { get; init; }
    public required int AuthorizedBoardSize { get; init; }
    public required List<Director> Directors { get; init; }
}

public sealed class Director : ModelNode
{
    public required string Person { get; init; }
    /// <summary>Age as of the information date. Required by Item 401 for nominees; may be unknown for a director who is not standing again.</summary>
    public int? Age { get; init; }
    /// <summary>Year first elected. Required by Item 401 for nominees; may be unknown for a director who is not standing again.</summary>
    public int? DirectorSince { get; init; }
    public required bool Nominee { get; init; }
    public bool Chairman { get; init; }
    public DateOnly? ChairmanSince { get; init; }
    public required bool Independent { get; init; }
    public MarkdownText? Biography { get; init; }
}
