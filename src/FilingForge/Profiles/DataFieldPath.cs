namespace FilingForge.Profiles;

/// <summary>A field of a data file named from the top: <c>meeting.notice_date</c> is <c>meeting</c>'s <c>notice_date</c>.</summary>
public sealed record DataFieldPath(string Text, string File, string[] Fields);
