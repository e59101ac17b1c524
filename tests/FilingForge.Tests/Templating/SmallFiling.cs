using FilingForge.Computation;
using FilingForge.Model;

namespace FilingForge.Tests.Templating;

/// <summary>
/// A small filing built in C# (two directors, two officers, figures from the seed) for Template-stage tests that must
/// not depend on the sample data, the loader or the Compute stage. <paramref name="name"/> replaces one director's name,
/// so hostile values can be pushed through every template.
/// </summary>
internal static class SmallFiling
{
    public static ComputedFiling Create(string? name = null, FilingType filingType = FilingType.Definitive)
    {
        var people = new List<Person>
        {
            P("protsch", name ?? "Eliot G. Protsch", "Mr.", "Protsch"),
            P("marcoux", "Jean-René Marcoux", "Mr.", "Marcoux"),
            P("almgren", "Ake Almgren", "Dr.", "Almgren"),
            P("clark", "Karen Clark", "Ms.", "Clark"),
            P("cayley", "Susan N. Cayley", "Ms.", "Cayley"),
        };
        var address = new PostalAddress { Street = "21211 Nordhoff Street", City = "Chatsworth", State = "California", PostalCode = "91311" };
        var directors = new List<Director>
        {
            new() { Person = "protsch", Age = 49, DirectorSince = 2002, Nominee = true, Chairman = true, Independent = true, Biography = Md("Mr. Protsch has served as a director since 2002.") },
            new() { Person = "marcoux", Age = 58, DirectorSince = 2000, Nominee = true, Independent = true, Biography = Md("Mr. Marcoux works for *Hydro-Québec*.") },
        };
        var audit = new Committee
        {
            Id = "audit", Name = "Audit Committee", Chair = "protsch", Members = ["protsch", "marcoux"], MeetingsHeld = 5,
            Responsibilities = Md("The Audit Committee oversees financial reporting."),
            Charter = new CommitteeCharter { Appendix = "A", Title = "Audit Committee Charter", Text = Md("The Committee reviews this charter every year.") },
        };
        var almgrenYears = new List<CompensationYear>
        {
            new() { Year = 2002, Salary = 372281m, SecuritiesUnderlyingOptions = 150000 },
            new() { Year = 2001, Salary = 351346m, SecuritiesUnderlyingOptions = 100000 },
        };
        var clarkYears = new List<CompensationYear>
        {
            new() { Year = 2002, Salary = 235096m, Bonus = 24600m, SecuritiesUnderlyingOptions = 400000, AllOtherCompensation = 62868m, Notes = new() { ["all_other_compensation"] = ["5"] } },
        };
        var almgren = new NamedExecutive { Person = "almgren", Position = "President and Chief Executive Officer", Notes = ["4"], Years = almgrenYears };
        var clark = new NamedExecutive { Person = "clark", Position = "Chief Financial Officer", Years = clarkYears };
        var almgrenGrant = new OptionGrant { Shares = 150000, ExercisePrice = 1.89m, GrantDate = new(2002, 6, 26), ExpirationDate = new(2012, 6, 26) };
        var clarkGrant = new OptionGrant { Shares = 350000, ExercisePrice = 4.70m, GrantDate = new(2002, 1, 29), ExpirationDate = new(2012, 1, 29), Notes = new() { ["shares"] = ["3"] } };
        var almgrenRecipient = new GrantRecipient { Person = "almgren", Grants = [almgrenGrant] };
        var clarkRecipient = new GrantRecipient { Person = "clark", Grants = [clarkGrant] };
        var feeYears = new List<FeeYear>
        {
            new() { Year = 2002, AuditFees = 321000m, AuditRelatedFees = 13000m, TaxFees = 109000m, AllOtherFees = 5000m },
            new() { Year = 2001, AuditFees = 448000m, AuditRelatedFees = 12000m, TaxFees = 261000m },
        };
        var series = new List<PerformanceSeries>
        {
            new() { Key = "cpst", Name = "Capstone Turbine Corporation", Values = [100m, 62m] },
            new() { Key = "nasdaq", Name = "Nasdaq Index", Values = [100m, 62m] },
        };
        var proposals = new List<Proposal>
        {
            new() { Number = 1, Kind = ProposalKind.Election, Title = "Election of Directors", NoticeText = "To elect two directors.", CardText = "Election of directors", BoardRecommendation = Recommendation.For, RequiredVote = Md("The nominees with the most votes are elected.") },
            new() { Number = 2, Kind = ProposalKind.CharterAmendment, Title = "Reverse Stock Split", NoticeText = "To approve a reverse stock split.", CardText = "Approve a reverse stock split", BoardRecommendation = Recommendation.For, Unanimous = true, RequiredVote = Md("A majority of the outstanding shares must approve."), Body = Md("### General\n\nThe Board proposes a reverse split.") },
        };
        var filing = new Filing
        {
            Name = "small", Directory = "data/small",
            Company = new CompanyFile
            {
                Name = "Capstone Turbine Corporation", ShortName = "Capstone", Address = address, Telephone = "(818) 734-5300",
                StateOfIncorporation = "Delaware", Exchange = "Nasdaq National Market", ParValue = 0.001m, CommonSharesAuthorized = 415000000,
                Auditor = "Deloitte & Touche LLP", EquityPlans = ["2000 Equity Incentive Plan"],
            },
            Meeting = new MeetingFile
            {
                FilingType = filingType, MeetingYear = 2003, FiscalYear = 2002, FiscalYearEnd = new(2002, 12, 31), Date = new(2003, 5, 30),
                Time = "9:00 a.m.", TimeZone = "Pacific Daylight Time",
                Venue = new Venue { Name = "Radisson Hotel Chatsworth", Address = new PostalAddress { Street = "9777 Topanga Canyon Blvd.", City = "Chatsworth", State = "California", PostalCode = "91311" } },
                RecordDate = new(2003, 4, 10), SharesOutstanding = 81700735, NoticeDate = new(2003, 4, 24), InformationDate = new(2003, 2, 15),
                LetterSigner = "clark", LetterSignerTitle = "Chief Financial Officer", Secretary = "cayley",
                RegistrationTime = "8:30 a.m.", SeatingTime = "9:00 a.m.",
                ElectronicVotingDeadline = new VotingDeadline { Date = new(2003, 5, 29), Time = "8:00 p.m. Pacific Daylight Time" },
                AnnualReportYear = 2002,
            },
            People = new PeopleFile { People = people },
            Proposals = new ProposalsFile { Proposals = proposals },
            Directors = new DirectorsFile { BoardMeetingsHeld = 17, AttendanceThresholdPercent = 75, AuthorizedBoardSize = 6, Directors = directors },
            Committees = new CommitteesFile { Committees = [audit] },
            DirectorCompensation = new DirectorCompensationFile
            {
                InitialGrantShares = 21600, AnnualGrantShares = 10000, AnnualRetainer = 25000m, MaximumOptionsInLieuOfRetainer = 20000,
                CommitteeMemberRetainer = 1500m, CommitteeChairRetainer = 3000m, ChairmanRetainer = 5000m,
                RetainerEffectiveDate = new(2003, 6, 1), PlanAmendmentDate = new(2003, 1, 30),
                PaymentsInFiscalYear = [new DirectorPayment { Person = "protsch", Description = Md("Received an Initial Grant at $3.35 per share.") }],
            },
            ExecutiveOfficers = new ExecutiveOfficersFile { Officers = [new ExecutiveOfficer { Person = "clark", Age = 42, Position = "Chief Financial Officer", Biography = Md("Ms. Clark joined us in January 2002.") }] },
            SummaryCompensation = new SummaryCompensationFile
            {
                Introduction = Md("The table shows compensation for the last three years."), Officers = [almgren, clark],
                Footnotes = [new Footnote { Id = "1", Column = "annual_compensation", Text = Md("Perquisites were below the threshold.") }, new Footnote { Id = "4", Text = Md("Dr. Almgren retired.") }, new Footnote { Id = "5", Text = Md("Relocation costs.") }],
            },
            OptionGrants = new OptionGrantsFile
            {
                FiscalYear = 2002, TotalOptionsGrantedToEmployees = 5720000, AssumedAppreciationRates = [0.05m, 0.10m], Introduction = Md("Grants in 2002."),
                Recipients = [almgrenRecipient, clarkRecipient], Footnotes = [new Footnote { Id = "3", Text = Md("Granted outside the plan.") }],
            },
            OptionExercises = new OptionExercisesFile
            {
                FiscalYearEndPrice = 0.90m, Introduction = Md("Exercises in 2002."), Footnotes = [],
                Holders = [new OptionHolding { Person = "almgren", Exercisable = 1868021, Unexercisable = 386979, InTheMoneyExercisable = 567328m, InTheMoneyUnexercisable = 73922m }],
            },
            EmploymentAgreements = new EmploymentAgreementsFile { Agreements = [new EmploymentAgreement { Title = "Transition Agreement", People = ["almgren"], Text = Md("Dr. Almgren agreed to stay through May 6, 2003.") }] },
            BeneficialOwnership = new BeneficialOwnershipFile
            {
                AsOf = new(2003, 4, 10), Introduction = Md("Ownership as of April 10, 2003."),
                Owners = [new BeneficialOwner { Person = "almgren", Shares = 2104453, AcquirableWithin60Days = 2026875, Notes = ["3"] }],
                Group = new OwnershipGroup { Label = "Executive Officers and Directors as a group (11 persons)", Members = ["almgren"], Shares = 5448395, AcquirableWithin60Days = 2026875 },
                Footnotes = [new Footnote { Id = "*", Column = "percent_of_class", Text = Md("Less than 1%.") }, new Footnote { Id = "3", Text = Md("Includes 2,026,875 option shares.") }],
            },
            AuditorFees = new AuditorFeesFile { Auditor = "Deloitte & Touche LLP", Years = feeYears, Footnotes = [new Footnote { Id = "1", Column = "audit_fees", Text = Md("The annual audit.") }] },
            Reports = new ReportsFile
            {
                AuditCommittee = new CommitteeReport { Committee = "audit", Text = Md("The Committee reviewed the audited statements.") },
                CompensationCommittee = new CommitteeReport { Committee = "audit", Text = Md("The Committee set salaries.") },
                NotSolicitingMaterialLegend = Md("This section is not \"soliciting material\"."),
            },
            PerformanceGraph = new PerformanceGraphFile
            {
                Introduction = Md("The graph compares cumulative total returns."), InitialInvestment = 100m,
                Periods = [new(2000, 6, 30), new(2000, 12, 31)], Series = series, Footnotes = [],
            },
            RelatedTransactions = new RelatedTransactionsFile { Transactions = [new RelatedTransaction { Person = "protsch", Text = Md("Sales to Alliant were about $1.5 million.") }] },
            OtherInformation = new OtherInformationFile { Section16aCompliance = Md("All reports were filed on time."), AvailableInformation = Md("Capstone files reports with the SEC.") },
            ProxyCard = new ProxyCardFile { Proxies = ["cayley", "clark"], InternetVotingUrl = "http://www.eproxy.com/cpst", TelephoneVotingNumber = "1-800-435-6710", ElectronicVotingAvailability = "Available until 4 p.m. Eastern Time the day before the meeting." },
            Ethics = new EthicsFile
            {
                Title = "Code of Ethics for Senior Financial Officers", Preamble = Md("This Code applies to the Senior Financial Officers."),
                Provisions = [new EthicsProvision { Title = "Compliance with Laws", Text = Md("Obey the law.") }],
                Certification = new EthicsCertification { PoliciesCertified = ["the Code of Business Conduct", "this Code"], ReturnTo = "Chief Financial Officer", Year = 2003 },
                Signers = [new EthicsSigner { Person = "clark", Position = "Chief Financial Officer" }, new EthicsSigner { Person = "marcoux", Position = "Director" }],
            },
        };

        var byId = people.ToDictionary(p => p.Id);
        return new ComputedFiling
        {
            Filing = filing,
            PeopleById = byId,
            Nominees = directors,
            CardNominees = directors.Select(d => byId[d.Person]).ToList(),
            SeatsByPerson = new Dictionary<string, IReadOnlyList<CommitteeSeat>> { ["protsch"] = [new CommitteeSeat(audit, true)], ["marcoux"] = [new CommitteeSeat(audit, false)] },
            SummaryCompensation =
            [
                new SummaryCompensationRow(almgren, byId["almgren"], almgrenYears[0], true, null),
                new SummaryCompensationRow(almgren, byId["almgren"], almgrenYears[1], false, null),
                new SummaryCompensationRow(clark, byId["clark"], clarkYears[0], true, 62868m),
            ],
            OptionGrants =
            [
                new OptionGrantRow(almgrenRecipient, byId["almgren"], almgrenGrant, true, 2.62m, 10, [178292m, 451826m]),
                new OptionGrantRow(clarkRecipient, byId["clark"], clarkGrant, true, 6.12m, 10, [1034532m, 2621706m]),
                new OptionGrantRow(new GrantRecipient { Person = "cayley", Grants = [] }, byId["cayley"], null, true, 0m, 10, []),
            ],
            Ownership = [new OwnershipRow("Ake Almgren", byId["almgren"], 2104453, 2026875, 2.58m, false, ["3"]), new OwnershipRow("Karen Clark", byId["clark"], 117763, 116667, 0.14m, true, [])],
            OwnershipGroup = new OwnershipRow("Executive Officers and Directors as a group (11 persons)", null, 5448395, 2026875, 6.67m, false, []),
            AuditorFees = [new FeeYearTotals(feeYears[0], 448000m), new FeeYearTotals(feeYears[1], 721000m)],
            PerformanceGraph = new PerformanceGraphIndex([new(2000, 6, 30), new(2000, 12, 31)], series.Select(s => new IndexedSeries(s, s.Values)).ToList()),
        };
    }

    private static Person P(string id, string name, string honorific, string surname) =>
        new() { Id = id, Name = name, Honorific = honorific, Surname = surname };

    private static MarkdownText Md(string text) => new(text);
}
