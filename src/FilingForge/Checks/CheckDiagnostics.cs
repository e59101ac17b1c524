using FilingForge.Diagnostics;

namespace FilingForge.Checks;

/// <summary>
/// Every diagnostic the Check stage reports. IDs are permanent: FF2xxx arithmetic, FF3xxx cross-document consistency,
/// FF4xxx SEC form rules. Messages name the value found and the value expected; numbers print with thousands
/// separators (invariant culture) so they read like the filing.
/// </summary>
public static class CheckDiagnostics
{
    // FF21xx: stated figures against computed ones.
    // FF2101 (fee total), FF2102 (all other compensation), FF2105 (total options granted) and FF2110 (shares outstanding
    // within authorized) are declared tie-outs of the profile
    // (profiles/<name>/tie-outs.yaml), checked by DeclaredTieOutCheck; their IDs stay theirs.
    public static readonly DiagnosticDescriptor StatedPercentMismatch = new("FF2103", Severity.Warning,
        "Stated percent of class differs from the computed one", "{0}: stated percent of class is {1}% but {2} gives {3}% ({4:N0} / {5:N0})");
    public static readonly DiagnosticDescriptor OptionPercentagesOver100 = new("FF2104", Severity.Error,
        "Named officers' option percentages exceed 100%", "the named officers' percentages of total options granted add up to {0}%, more than 100%");
    public static readonly DiagnosticDescriptor AcquirableExceedsShares = new("FF2106", Severity.Error,
        "Acquirable shares exceed beneficially owned shares", "{0}: {1:N0} shares acquirable within 60 days but only {2:N0} beneficially owned; the total includes the acquirable shares");
    public static readonly DiagnosticDescriptor GroupBelowMembers = new("FF2107", Severity.Error,
        "Group line is smaller than its members' lines", "group {0} is {1:N0} but the members listed in the table add up to {2:N0}");
    public static readonly DiagnosticDescriptor GroupCountMismatch = new("FF2108", Severity.Error,
        "Group label counts a different number of persons", "group label says {0} persons but the group has {1} members");
    public static readonly DiagnosticDescriptor BaseNotPositive = new("FF2111", Severity.Error,
        "A base of computed figures is zero", "{0} is {1}; it is the base of {2} and must be greater than zero");
    public static readonly DiagnosticDescriptor IndirectExceedsShares = new("FF2109", Severity.Error,
        "Indirect holdings exceed beneficially owned shares", "{0}: indirect holdings add up to {1:N0} but only {2:N0} shares are beneficially owned");

    // FF22xx: value ranges.
    public static readonly DiagnosticDescriptor NegativeValue = new("FF2201", Severity.Error,
        "Negative share count, amount or price", "{0} is {1}; shares, amounts and prices cannot be negative");
    public static readonly DiagnosticDescriptor PercentOver100 = new("FF2202", Severity.Error,
        "Percentage over 100", "{0} is {1}%; a percentage cannot exceed 100");
    public static readonly DiagnosticDescriptor AppreciationRateOutOfRange = new("FF2203", Severity.Error,
        "Assumed appreciation rate is not a fraction", "assumed appreciation rate is {0}; write rates as fractions between 0 and 1 (0.05 for 5%)");

    // FF24xx: the relations between the tables of the 2022 form (profiles/schedule-14a-2022). FF2401-FF2422 and
    // FF2426-FF2428 are the profile's declared tie-outs; these are the rules a declaration cannot say: an officer's awards
    // looked up in another table, and a value required only where another table lacks a year.
    public static readonly DiagnosticDescriptor PayVersusPerformanceYearNotStated = new("FF2429", Severity.Error,
        "Pay versus Performance year outside the Summary Compensation Table states no total", "{0} is not in the Summary Compensation Table, so Pay versus Performance cannot take its figures from it; state {1} as the table printed them for {0}");
    public static readonly DiagnosticDescriptor PrincipalExecutiveDiffers = new("FF2431", Severity.Error,
        "The principal executive officer differs between tables", "{0} is {1}, but the Summary Compensation Table's principal executive officer is {2}");
    public static readonly DiagnosticDescriptor GrantValuesStockAwards = new("FF2424", Severity.Error,
        "Stock awards differ from the grants of plan-based awards", "{0}: {1} stock awards are {2:N0} in the Summary Compensation Table but the stock and performance awards granted are valued at {3:N0}");
    public static readonly DiagnosticDescriptor GrantValuesOptionAwards = new("FF2425", Severity.Error,
        "Option awards differ from the grants of plan-based awards", "{0}: {1} option awards are {2:N0} in the Summary Compensation Table but the options granted are valued at {3:N0}");

    // FF23xx: performance graph.
    public static readonly DiagnosticDescriptor SeriesLengthMismatch = new("FF2301", Severity.Error,
        "Performance series has a different number of values than periods", "series {0} has {1} values but the graph has {2} periods");
    public static readonly DiagnosticDescriptor SeriesBaseNotPositive = new("FF2302", Severity.Error,
        "Performance series starts at zero or below", "series {0} starts at {1}; the first value must be positive to index the series to the initial investment");
    public static readonly DiagnosticDescriptor PeriodsNotAscending = new("FF2303", Severity.Error,
        "Performance graph periods are not in ascending order", "period {0:yyyy-MM-dd} does not come after {1:yyyy-MM-dd}");

    // FF31xx: references between files.
    public static readonly DiagnosticDescriptor UnknownPerson = new("FF3101", Severity.Error,
        "Unknown person", "unknown person '{0}' in {1}: not in people.yaml{2}");
    public static readonly DiagnosticDescriptor DuplicatePersonId = new("FF3102", Severity.Error,
        "Duplicate person id", "person id '{0}' is defined twice in people.yaml");
    public static readonly DiagnosticDescriptor DuplicateEntry = new("FF3103", Severity.Error,
        "Person listed twice", "'{0}' appears twice in {1}");
    public static readonly DiagnosticDescriptor DuplicateProposalNumber = new("FF3104", Severity.Error,
        "Duplicate proposal number", "proposal number {0} is used twice");
    public static readonly DiagnosticDescriptor CardNomineesMismatch = new("FF3105", Severity.Error,
        "Proxy card nominees differ from the Proposal 1 nominees", "the proxy card lists {0} nominees but Proposal 1 has {1}: {2}");
    public static readonly DiagnosticDescriptor ChairNotMember = new("FF3106", Severity.Error,
        "Committee chair is not a member", "committee '{0}' is chaired by '{1}', who is not among its members ({2})");
    public static readonly DiagnosticDescriptor UnknownCommittee = new("FF3107", Severity.Error,
        "Unknown committee", "unknown committee '{0}'; committees.yaml defines {1}");
    public static readonly DiagnosticDescriptor AuditorNameMismatch = new("FF3108", Severity.Warning,
        "Auditor differs between files", "auditor-fees.yaml names the auditor '{0}' but company.yaml names '{1}'");
    public static readonly DiagnosticDescriptor FiscalYearMismatch = new("FF3109", Severity.Error,
        "Fiscal year differs between files", "{0} is for fiscal year {1} but meeting.yaml's fiscal year is {2}");
    public static readonly DiagnosticDescriptor NamedExecutiveTablesDiffer = new("FF3110", Severity.Warning,
        "Named executive officers differ between compensation tables", "'{0}' is in {1} but not in {2}; every named executive officer appears in each table");
    public static readonly DiagnosticDescriptor GroupComposition = new("FF3111", Severity.Warning,
        "Group is not the current directors and executive officers", "'{0}' {1}");

    public static readonly DiagnosticDescriptor CommitteeMemberNotDirector = new("FF3112", Severity.Error,
        "Committee member is not a director", "'{0}' sits on committee '{1}' but is not a director in directors.yaml");
    public static readonly DiagnosticDescriptor BoardLeadership = new("FF3113", Severity.Error,
        "Chairman of the board stated inconsistently", "{0}");
    public static readonly DiagnosticDescriptor CertificationReturnedToSigner = new("FF3114", Severity.Warning,
        "Certification returned to its own signer",
        "{0} signs the certification as {1} and is told to return the original to the {2}, an office {0} holds; name an office other than the signer's");
    public static readonly DiagnosticDescriptor BlankName = new("FF3115", Severity.Error,
        "Name is blank", "{0} is blank; every document prints it");
    public static readonly DiagnosticDescriptor UnknownMarkdownField = new("FF3116", Severity.Error,
        "Markdown names an unknown field", "{{{0}}} in {1} names no date field of its object, so it would print as written; the fields it may name: {2}");

    // FF32xx: footnotes.
    public static readonly DiagnosticDescriptor UndefinedFootnote = new("FF3201", Severity.Error,
        "Footnote marker is not defined", "footnote ({0}) is referenced in the {1} table but not defined; defined: {2}");
    public static readonly DiagnosticDescriptor UnusedFootnote = new("FF3202", Severity.Warning,
        "Footnote is never referenced", "footnote ({0}) of the {1} table is defined but no row or column refers to it");
    public static readonly DiagnosticDescriptor UnknownColumn = new("FF3203", Severity.Error,
        "Unknown column", "'{0}' is not a column of the {1} table; columns: {2}");
    public static readonly DiagnosticDescriptor DuplicateFootnote = new("FF3204", Severity.Error,
        "Footnote defined twice", "footnote ({0}) of the {1} table is defined twice");
    public static readonly DiagnosticDescriptor FootnoteOutsideTable = new("FF3206", Severity.Error,
        "Footnote reference outside a table", "'[^{0}]' refers to a table footnote, but {1} introduces no table, so it would print as '({0})'; write the note in the text");
    public static readonly DiagnosticDescriptor MarkerNotPrintable = new("FF3205", Severity.Error,
        "Footnote marker not printable", "footnote marker '{0}' of the {1} table may hold only letters, digits and '*'");

    // FF33xx: ages and dates.
    public static readonly DiagnosticDescriptor ImplausibleAge = new("FF3301", Severity.Error,
        "Implausible age", "{0} is {1} years old; expected an age from 18 to 100");
    public static readonly DiagnosticDescriptor ImplausibleDirectorSince = new("FF3302", Severity.Error,
        "Implausible director-since year", "{0} is a director since {1}; expected a year from 1900 to the meeting year {2}");
    public static readonly DiagnosticDescriptor ImplausibleChairmanSince = new("FF3303", Severity.Error,
        "Chairman-since date after the meeting", "{0} is chairman since {1:yyyy-MM-dd}, after the meeting on {2:yyyy-MM-dd}");
    public static readonly DiagnosticDescriptor ExpirationNotAfterGrant = new("FF3304", Severity.Error,
        "Option expires before it is granted", "option granted {0:yyyy-MM-dd} expires {1:yyyy-MM-dd}; expiration must come after the grant, within 50 years");
    public static readonly DiagnosticDescriptor GrantOutsideFiscalYear = new("FF3305", Severity.Error,
        "Grant date outside the fiscal year", "option granted {0:yyyy-MM-dd} is outside fiscal year {1} ({2:yyyy-MM-dd} to {3:yyyy-MM-dd})");
    public static readonly DiagnosticDescriptor DateOrder = new("FF3306", Severity.Error,
        "Dates out of order", "{0} is {1:yyyy-MM-dd} but must come before {2} {3:yyyy-MM-dd}");
    public static readonly DiagnosticDescriptor YearMismatch = new("FF3307", Severity.Error,
        "Year does not match its date", "{0} is {1} but {2} is {3:yyyy-MM-dd}");

    // FF41xx: SEC form rules.
    public static readonly DiagnosticDescriptor PreliminaryFilingRequired = new("FF4101", Severity.Info,
        "Non-routine matter: a preliminary filing is required first", "Proposal {0} ({1}) is not a routine matter: Rule 14a-6(a) requires a preliminary proxy statement (PRE 14A) at least 10 calendar days before this definitive filing");
    public static readonly DiagnosticDescriptor MailingDateMissing = new("FF4102", Severity.Warning,
        "Mailing date missing", "a {0} filing must state {1}; set mailing_date in meeting.yaml");
    public static readonly DiagnosticDescriptor MissingFromOwnershipTable = new("FF4103", Severity.Error,
        "Director or named executive missing from the ownership table", "{0} '{1}' is not in the beneficial ownership table; Item 403(b) requires every director, nominee and named executive officer");
    public static readonly DiagnosticDescriptor FeeYearsIncomplete = new("FF4104", Severity.Error,
        "Auditor fees do not cover the last two fiscal years", "auditor fees are given for {0} but Item 9(e) requires fiscal years {1} and {2}");
    public static readonly DiagnosticDescriptor TooManyCompensationYears = new("FF4105", Severity.Error,
        "More than three years in the summary compensation table", "{0} has {1} years; the summary compensation table covers at most the last three fiscal years");
    public static readonly DiagnosticDescriptor CompensationYearsNotDescending = new("FF4106", Severity.Error,
        "Summary compensation years are not in descending order", "{0}: year {1} follows {2}; years run from the latest down");
    public static readonly DiagnosticDescriptor CompensationYearOutOfRange = new("FF4107", Severity.Error,
        "Summary compensation year outside the last three fiscal years", "{0}: year {1} is outside the last three fiscal years ({2} to {3})");
    public static readonly DiagnosticDescriptor ProposalNumbering = new("FF4108", Severity.Error,
        "Proposals are not numbered 1 to n in order", "proposal number {0} is in position {1}; number the matters 1 to {2} in the order of the notice and the card (Rule 14a-4(a)(3))");
    public static readonly DiagnosticDescriptor ElectionWithoutNominees = new("FF4109", Severity.Error,
        "Election proposal and nominees do not go together", "{0}");
    public static readonly DiagnosticDescriptor FivePercentOwnerWithoutAddress = new("FF4110", Severity.Warning,
        "Five percent owner without an address", "{0} owns {1}% of the class; Item 403(a) requires the holder's address (add address to people.yaml)");
    public static readonly DiagnosticDescriptor MoreNomineesThanSeats = new("FF4111", Severity.Error,
        "More nominees than board seats", "{0} nominees but the board has {1} seats");
    public static readonly DiagnosticDescriptor AcquirableWithoutFootnote = new("FF4112", Severity.Warning,
        "Acquirable shares without a footnote", "{0}'s total includes {1:N0} shares acquirable within 60 days; Item 403 requires a footnote saying so");
    public static readonly DiagnosticDescriptor PercentBasisNotRule13d3 = new("FF4113", Severity.Warning,
        "Percent of class not computed per Rule 13d-3(d)(1)", "percent of class is computed on shares outstanding alone; Item 403 follows Rule 13d-3(d)(1), which adds each holder's acquirable shares to the denominator: {0}");
    public static readonly DiagnosticDescriptor NomineeDisclosureMissing = new("FF4114", Severity.Error,
        "Nominee without age or director-since year", "{0} stands for election but has no {1}; Item 401 requires it for every nominee");
    public static readonly DiagnosticDescriptor InternetAvailabilityTooLate = new("FF4116", Severity.Error,
        "Notice of Internet Availability sent too late", "the Notice of Internet Availability is dated {0:MMMM d, yyyy}, {2} days before the meeting of {1:MMMM d, yyyy}; Rule 14a-16(a) requires at least {3}");
    public static readonly DiagnosticDescriptor InternetAvailabilityBeforeRecordDate = new("FF4117", Severity.Error,
        "Notice of Internet Availability sent before the record date", "the Notice of Internet Availability is dated {0:MMMM d, yyyy}, before the record date of {1:MMMM d, yyyy}; it goes to the holders of record on that date");
    public static readonly DiagnosticDescriptor InlineXbrlEntityMissing = new("FF4120", Severity.Error,
        "Inline XBRL entity data missing", "`{0}` is empty, and the Inline XBRL document needs it: it gives {1} (profile xbrl.yaml, `entity`)");
    public static readonly DiagnosticDescriptor InlineXbrlCikMalformed = new("FF4121", Severity.Error,
        "CIK is not ten digits", "the CIK is `{0}`; EDGAR's Central Index Key is ten digits with its leading zeros, such as 0000016040");
    public static readonly DiagnosticDescriptor InlineXbrlPrefixUnusable = new("FF4122", Severity.Error,
        "Ticker gives no usable taxonomy prefix", "the ticker `{0}` gives the extension taxonomy's prefix `{1}`, which {2}; EDGAR names the company's taxonomy after its ticker");
    public static readonly DiagnosticDescriptor InlineXbrlWebsiteUnusable = new("FF4123", Severity.Error,
        "Website names no web host", "the website `{0}` names no web host (such as www.cabotcorp.com) that the extension taxonomy's namespace, http://<host>/<yyyymmdd>, can be under");
    public static readonly DiagnosticDescriptor MeetingPlaceMissing = new("FF4115", Severity.Error,
        "The meeting has no place", "meeting.yaml gives neither a venue nor a virtual meeting: Schedule 14A Item 1(a) requires the place of the meeting (give `venue`, `virtual` or both)");
}
