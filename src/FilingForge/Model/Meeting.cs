namespace FilingForge.Model;

/// <summary><c>meeting.yaml</c>: the annual meeting, the filing's type and its key dates.</summary>
public sealed class MeetingFile : ModelNode
{
    /// <summary>Schedule 14A document type; exactly one cover-page box is checked from it.</summary>
    public required FilingType FilingType { get; init; }
    /// <summary>Year of the annual meeting.</summary>
    public required int MeetingYear { get; init; }
    /// <summary>The last completed fiscal year, which the compensation tables cover.</summary>
    public required int FiscalYear { get; init; }
    public required DateOnly FiscalYearEnd { get; init; }
    /// <summary>Date of the annual meeting.</summary>
    public required DateOnly Date { get; init; }
    /// <summary>Local time as printed, such as "9:00 a.m.".</summary>
    public required string Time { get; init; }
    public required string TimeZone { get; init; }
    public required Venue Venue { get; init; }
    /// <summary>Record date for notice and voting.</summary>
    public required DateOnly RecordDate { get; init; }
    /// <summary>Shares of common stock outstanding on the record date; the base of percent of class.</summary>
    public required long SharesOutstanding { get; init; }
    /// <summary>Date of the letter and the notice; left out in a preliminary draft.</summary>
    public DateOnly? NoticeDate { get; init; }
    public DateOnly? MailingDate { get; init; }
    /// <summary>Date as of which ages and positions are given.</summary>
    public required DateOnly InformationDate { get; init; }
    /// <summary>Person id of the signer of the letter to stockholders.</summary>
    public required string LetterSigner { get; init; }
    /// <summary>Title printed under the letter signer's name.</summary>
    public required string LetterSignerTitle { get; init; }
    /// <summary>Person id of the secretary who signs the notice.</summary>
    public required string Secretary { get; init; }
    /// <summary>When registration opens, as printed, such as "8:30 a.m.".</summary>
    public required string RegistrationTime { get; init; }
    /// <summary>When seating begins, as printed.</summary>
    public required string SeatingTime { get; init; }
    /// <summary>Deadline for internet and telephone votes.</summary>
    public required VotingDeadline ElectronicVotingDeadline { get; init; }
    public DateOnly? StockholderProposalDeadline { get; init; }
    /// <summary>Fiscal year of the annual report mailed with the statement.</summary>
    public required int AnnualReportYear { get; init; }
}

public enum FilingType
{
    Preliminary,
    Confidential,
    Definitive,
    AdditionalMaterials,
    SolicitingMaterial,
}

public sealed class Venue : ModelNode
{
    public required string Name { get; init; }
    public required PostalAddress Address { get; init; }
}

public sealed class VotingDeadline : ModelNode
{
    public required DateOnly Date { get; init; }
    /// <summary>As printed, such as "8:00 p.m. Pacific Daylight Time (11:00 p.m. Eastern Daylight Time)".</summary>
    public required string Time { get; init; }
}
