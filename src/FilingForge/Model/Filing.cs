namespace FilingForge.Model;

/// <summary>Everything a filing's data folder holds, one property per data file.</summary>
public sealed class Filing
{
    public required string Name { get; init; }
    public required string Directory { get; init; }
    public required CompanyFile Company { get; init; }
    public required MeetingFile Meeting { get; init; }
    public required PeopleFile People { get; init; }
    public required ProposalsFile Proposals { get; init; }
    public required DirectorsFile Directors { get; init; }
    public required CommitteesFile Committees { get; init; }
    public required DirectorCompensationFile DirectorCompensation { get; init; }
    public required ExecutiveOfficersFile ExecutiveOfficers { get; init; }
    public required SummaryCompensationFile SummaryCompensation { get; init; }
    public required OptionGrantsFile OptionGrants { get; init; }
    public required OptionExercisesFile OptionExercises { get; init; }
    public required EmploymentAgreementsFile EmploymentAgreements { get; init; }
    public required BeneficialOwnershipFile BeneficialOwnership { get; init; }
    public required AuditorFeesFile AuditorFees { get; init; }
    public required ReportsFile Reports { get; init; }
    public required PerformanceGraphFile PerformanceGraph { get; init; }
    public required RelatedTransactionsFile RelatedTransactions { get; init; }
    public required OtherInformationFile OtherInformation { get; init; }
    public required ProxyCardFile ProxyCard { get; init; }
    public required EthicsFile Ethics { get; init; }

    /// <summary>
    /// The same data as the profile types it, for the profile's tie-outs and the template context; null for a filing
    /// built in code, which therefore cannot be rendered.
    /// </summary>
    internal FilingForge.Values.FilingValues? Values { get; set; }
}
