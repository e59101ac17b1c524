using FilingForge.Computation;
using System.Collections;
using System.Reflection;
using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Model;

namespace FilingForge.Tests.Checks;

/// <summary>
/// A minimal, valid filing built in C# from the seed's figures (a subset of its people), for tests that mutate one
/// thing and expect one diagnostic. <see cref="Check"/> gives every object and field a distinct synthetic location
/// first, so a test can assert that a diagnostic points at exactly <c>node.LocationOf(nameof(Field))</c>.
/// </summary>
public static class SampleModel
{
    public const long SharesOutstanding = 81_700_735;
    public const long TotalOptionsGrantedToEmployees = 5_720_000;

    public static Filing Build() => new()
    {
        Name = "sample",
        Directory = "sample",
        Company = Company(),
        Meeting = Meeting(),
        People = new PeopleFile
        {
            People =
            [
                Person("almgren", "Ake Almgren", "Dr."), Person("clark", "Karen Clark", "Ms."), Person("koyama", "Harol Koyama", "Mr."),
                Person("chambers", "Norman C. Chambers", "Mr."), Person("aube", "Richard Aube", "Mr."), Person("jaggers", "John Jaggers", "Mr."),
                Person("marcoux", "Jean-Rene Marcoux", "Mr."), Person("protsch", "Eliot G. Protsch", "Mr."), Person("young", "Eric Young", "Mr."),
            ],
        },
        Proposals = new ProposalsFile
        {
            Proposals =
            [
                Proposal(1, ProposalKind.Election, "Election of Directors"),
                Proposal(2, ProposalKind.AuditorRatification, "Ratification of Auditors"),
            ],
        },
        Directors = new DirectorsFile
        {
            BoardMeetingsHeld = 17,
            AttendanceThresholdPercent = 75,
            AuthorizedBoardSize = 5,
            Directors =
            [
                Director("protsch", 49, 2002, nominee: true, chairmanSince: new DateOnly(2002, 10, 15)),
                Director("jaggers", 52, 1993, nominee: true),
                Director("marcoux", 58, 2000, nominee: true),
                Director("young", 47, 1993, nominee: true),
                Director("aube", 61, 1996, nominee: false),
            ],
        },
        Committees = new CommitteesFile
        {
            Committees =
            [
                Committee("audit", "Audit Committee", "aube", ["aube", "young"]),
                Committee("compensation", "Compensation Committee", "jaggers", ["jaggers", "marcoux", "protsch"]),
                Committee("nominating", "Nomination and Governance Committee", "protsch", ["protsch", "aube"]),
            ],
        },
        DirectorCompensation = new DirectorCompensationFile
        {
            InitialGrantShares = 21_600, AnnualGrantShares = 10_000, AnnualRetainer = 25_000m, MaximumOptionsInLieuOfRetainer = 10_000,
            CommitteeMemberRetainer = 2_500m, CommitteeChairRetainer = 5_000m, ChairmanRetainer = 25_000m,
            RetainerEffectiveDate = new DateOnly(2003, 6, 1), PlanAmendmentDate = new DateOnly(2003, 1, 30),
            PaymentsInFiscalYear = [new DirectorPayment { Person = "protsch", Description = Md("An Initial Grant at $3.35 per share.") }],
        },
        ExecutiveOfficers = new ExecutiveOfficersFile
        {
            Officers =
            [
                new ExecutiveOfficer { Person = "clark", Age = 45, Position = "Chief Financial Officer", Biography = Md("Ms. Clark.") },
                new ExecutiveOfficer { Person = "koyama", Age = 50, Position = "Senior Vice President", Biography = Md("Mr. Koyama.") },
            ],
        },
        SummaryCompensation = SummaryCompensation(),
        OptionGrants = OptionGrants(),
        OptionExercises = OptionExercises(),
        EmploymentAgreements = new EmploymentAgreementsFile
        {
            Agreements = [new EmploymentAgreement { Title = "Transition Agreement", People = ["almgren"], Text = Md("Dr. Almgren's transition.") }],
        },
        BeneficialOwnership = BeneficialOwnership(),
        AuditorFees = AuditorFees(),
        Reports = new ReportsFile
        {
            AuditCommittee = new CommitteeReport { Committee = "audit", Text = Md("Audit report.") },
            CompensationCommittee = new CommitteeReport { Committee = "compensation", Text = Md("Compensation report.") },
            NotSolicitingMaterialLegend = Md("Not soliciting material."),
        },
        PerformanceGraph = PerformanceGraph(),
        RelatedTransactions = new RelatedTransactionsFile { Transactions = [new RelatedTransaction { Person = "protsch", Text = Md("Sales to Alliant.") }] },
        OtherInformation = new OtherInformationFile { Section16aCompliance = Md("Complied."), AvailableInformation = Md("Form 10-K.") },
        ProxyCard = new ProxyCardFile
        {
            Proxies = ["clark", "koyama"],
            InternetVotingUrl = "http://www.eproxy.com/cpst",
            TelephoneVotingNumber = "1-800-435-6710",
            ElectronicVotingAvailability = "24 hours a day, 7 days a week",
        },
        Ethics = new EthicsFile
        {
            Title = "Code of Ethics",
            Preamble = Md("Preamble."),
            Provisions = [new EthicsProvision { Title = "Honesty", Text = Md("Act honestly.") }],
            Certification = new EthicsCertification { PoliciesCertified = ["Code of Ethics"], ReturnTo = "clark", Year = 2003 },
            Signers = [new EthicsSigner { Person = "clark", Position = "Chief Financial Officer" }],
        },
    };

    /// <summary>Gives every object and field a distinct location, then runs every check.</summary>
    public static DiagnosticBag Check(Filing filing)
    {
        AssignLocations(filing);
        var bag = new DiagnosticBag();
        FilingChecker.Check(filing, bag);
        return bag;
    }

    /// <summary>Sets an init-only property of a model object: the one change a test makes to the valid sample.</summary>
    public static void Set(object target, string property, object? value) =>
        target.GetType().GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(target, value);

    /// <summary>Object locations are <c>Type.yaml:line:1</c>; field n of it is at column n + 2; list element i at line + 1000·(i + 1).</summary>
    public static void AssignLocations(Filing filing)
    {
        var line = 0;
        foreach (var node in Nodes(filing))
        {
            line++;
            var file = node.GetType().Name + ".yaml";
            node.Location = new SourceLocation(file, line, 1);
            var properties = node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance);
            for (var column = 0; column < properties.Length; column++)
            {
                var property = properties[column];
                node.SetFieldLocation(property.Name, new SourceLocation(file, line, column + 2));
                if (property.GetValue(node) is IList list && property.PropertyType.GetGenericArguments() is [var t] && !typeof(ModelNode).IsAssignableFrom(t))
                    for (var i = 0; i < list.Count; i++)
                        node.SetFieldLocation($"{property.Name}[{i}]", new SourceLocation(file, line + 1000 * (i + 1), column + 2));
            }
        }
    }

    /// <summary>Every model object of the filing, breadth first: what the check stage's walker once found by reflection.</summary>
    private static IEnumerable<ModelNode> Nodes(Filing filing)
    {
        var queue = new Queue<ModelNode>(typeof(Filing).GetProperties().Select(p => p.GetValue(filing)).OfType<ModelNode>());
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            yield return node;
            foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length > 0 || property.DeclaringType == typeof(ModelNode)) continue;
                var value = property.GetValue(node);
                if (value is ModelNode child) queue.Enqueue(child);
                else if (value is IEnumerable list and not string)
                    foreach (var item in list.OfType<ModelNode>()) queue.Enqueue(item);
            }
        }
    }

    public static MarkdownText Md(string text) => new(text);

    private static CompanyFile Company() => new()
    {
        Name = "Capstone Turbine Corporation",
        ShortName = "Capstone",
        Address = Address(),
        Telephone = "(818) 734-5300",
        StateOfIncorporation = "Delaware",
        Exchange = "Nasdaq National Market",
        ParValue = 0.001m,
        CommonSharesAuthorized = 415_000_000,
        Auditor = "Deloitte & Touche LLP",
        EquityPlans = ["2000 Equity Incentive Plan"],
    };

    private static PostalAddress Address() => new() { Street = "21211 Nordhoff Street", City = "Chatsworth", State = "California", PostalCode = "91311" };

    private static MeetingFile Meeting() => new()
    {
        FilingType = FilingType.Definitive,
        MeetingYear = 2003,
        FiscalYear = 2002,
        FiscalYearEnd = new DateOnly(2002, 12, 31),
        Date = new DateOnly(2003, 5, 30),
        Time = "9:00 a.m.",
        TimeZone = "Pacific Daylight Time",
        Venue = new Venue { Name = "Capstone", Address = Address() },
        RecordDate = new DateOnly(2003, 4, 10),
        SharesOutstanding = SharesOutstanding,
        NoticeDate = new DateOnly(2003, 4, 29),
        MailingDate = new DateOnly(2003, 4, 29),
        InformationDate = new DateOnly(2003, 2, 15),
        LetterSigner = "protsch",
        LetterSignerTitle = "Chairman of the Board",
        Secretary = "clark",
        RegistrationTime = "8:30 a.m.",
        SeatingTime = "8:45 a.m.",
        ElectronicVotingDeadline = new VotingDeadline { Date = new DateOnly(2003, 5, 29), Time = "8:00 p.m." },
        AnnualReportYear = 2002,
    };

    private static Person Person(string id, string name, string honorific) =>
        new() { Id = id, Name = name, Honorific = honorific, Surname = name.Split(' ')[^1] };

    private static Proposal Proposal(int number, ProposalKind kind, string title) => new()
    {
        Number = number, Kind = kind, Title = title, NoticeText = title, CardText = title,
        BoardRecommendation = Recommendation.For, RequiredVote = Md("A plurality."),
    };

    private static Director Director(string person, int age, int since, bool nominee, DateOnly? chairmanSince = null) => new()
    {
        Person = person, Age = age, DirectorSince = since, Nominee = nominee, Chairman = chairmanSince is not null,
        ChairmanSince = chairmanSince, Independent = true,
    };

    private static Committee Committee(string id, string name, string chair, List<string> members) => new()
    {
        Id = id, Name = name, Chair = chair, Members = members, MeetingsHeld = 4, Responsibilities = Md("Oversight."),
    };

    private static SummaryCompensationFile SummaryCompensation() => new()
    {
        Introduction = Md("The named executive officers."),
        Footnotes =
        [
            new Footnote { Id = "1", Column = "annual_compensation", Text = Md("Perquisites are below the threshold.") },
            new Footnote { Id = "5", Text = Md("Relocation and housing.") },
        ],
        Officers =
        [
            new NamedExecutive
            {
                Person = "almgren", Position = "President and Chief Executive Officer",
                Years = [Year(2002, 372_281m, options: 150_000), Year(2001, 351_346m, options: 100_000), Year(2000, 275_000m, bonus: 150_000m, options: 150_000)],
            },
            new NamedExecutive
            {
                Person = "clark", Position = "Chief Financial Officer",
                Years =
                [
                    new CompensationYear
                    {
                        Year = 2002, Salary = 235_096m, Bonus = 24_600m, SecuritiesUnderlyingOptions = 400_000,
                        AllOtherComponents =
                        [
                            new CompensationComponent { Description = "Relocation", Amount = 50_000m },
                            new CompensationComponent { Description = "Housing", Amount = 12_868m },
                        ],
                        Notes = new() { ["all_other_compensation"] = ["5"] },
                    },
                ],
            },
            new NamedExecutive
            {
                Person = "koyama", Position = "Senior Vice President of Sales and Marketing",
                Years = [Year(2002, 193_455m, options: 115_000), Year(2001, 157_731m, options: 120_000)],
            },
            new NamedExecutive
            {
                Person = "chambers", Position = "Former Chief Operating Officer",
                Years = [Year(2002, 165_000m, allOther: 236_813m), Year(2001, 49_615m, options: 800_000, allOther: 28_574m)],
            },
        ],
    };

    private static CompensationYear Year(int year, decimal salary, decimal? bonus = null, long? options = null, decimal? allOther = null) =>
        new() { Year = year, Salary = salary, Bonus = bonus, SecuritiesUnderlyingOptions = options, AllOtherCompensation = allOther };

    private static OptionGrantsFile OptionGrants() => new()
    {
        FiscalYear = 2002,
        TotalOptionsGrantedToEmployees = TotalOptionsGrantedToEmployees,
        AssumedAppreciationRates = [0.05m, 0.10m],
        Introduction = Md("Grants in 2002."),
        Footnotes = [new Footnote { Id = "1", Column = "shares", Text = Md("2000 Equity Incentive Plan.") }, new Footnote { Id = "3", Text = Md("Outside the plan.") }],
        Recipients =
        [
            new GrantRecipient { Person = "almgren", Grants = [Grant(150_000, 1.89m, new DateOnly(2002, 6, 26))] },
            new GrantRecipient
            {
                Person = "clark",
                Grants =
                [
                    new OptionGrant
                    {
                        Shares = 350_000, ExercisePrice = 4.70m, GrantDate = new DateOnly(2002, 1, 29), ExpirationDate = new DateOnly(2012, 1, 29),
                        Notes = new() { ["shares"] = ["3"] },
                    },
                    Grant(50_000, 1.89m, new DateOnly(2002, 6, 26)),
                ],
            },
            new GrantRecipient { Person = "koyama", Grants = [Grant(65_000, 3.33m, new DateOnly(2002, 4, 24)), Grant(50_000, 1.89m, new DateOnly(2002, 6, 26))] },
            new GrantRecipient { Person = "chambers", Grants = [] },
        ],
    };

    private static OptionGrant Grant(long shares, decimal price, DateOnly granted) =>
        new() { Shares = shares, ExercisePrice = price, GrantDate = granted, ExpirationDate = granted.AddYears(10) };

    private static OptionExercisesFile OptionExercises() => new()
    {
        FiscalYearEndPrice = 0.90m,
        Introduction = Md("Exercises in 2002."),
        Footnotes = [new Footnote { Id = "1", Column = "value_realized", Text = Md("Market value less exercise price.") }],
        Holders =
        [
            new OptionHolding { Person = "almgren", Exercisable = 1_868_021, Unexercisable = 386_979, InTheMoneyExercisable = 567_328m, InTheMoneyUnexercisable = 73_922m },
            new OptionHolding { Person = "clark", Unexercisable = 400_000 },
            new OptionHolding { Person = "koyama", Exercisable = 42_500, Unexercisable = 192_500 },
            new OptionHolding { Person = "chambers", Exercisable = 200_000, Unexercisable = 600_000 },
        ],
    };

    private static BeneficialOwnershipFile BeneficialOwnership() => new()
    {
        AsOf = new DateOnly(2003, 4, 10),
        PercentBasis = PercentBasis.Rule13d3,
        Introduction = Md("Ownership as of April 10, 2003."),
        Footnotes =
        [
            new Footnote { Id = "*", Text = Md("Less than 1%.") },
            new Footnote { Id = "1", Column = "shares", Text = Md("Includes shares acquirable within 60 days.") },
            new Footnote { Id = "2", Text = Md("Includes shares that may be acquired upon exercise of stock options.") },
        ],
        Owners =
        [
            Owner("almgren", 2_104_453, 2_026_875), Owner("clark", 117_763, 116_667), Owner("koyama", 72_500, 72_500), Owner("chambers", 0, 0),
            Owner("aube", 1_670_318, 14_400), Owner("jaggers", 396_505, 14_400), Owner("marcoux", 1_129_876, 14_400),
            Owner("protsch", 1_471_486, 7_200), Owner("young", 67_630, 14_400),
        ],
        Group = new OwnershipGroup
        {
            Label = "Executive Officers and Directors as a group (7 persons)",
            Members = ["clark", "koyama", "aube", "jaggers", "marcoux", "protsch", "young"],
            Shares = 5_448_395,
            AcquirableWithin60Days = 253_967,
        },
    };

    private static BeneficialOwner Owner(string person, long shares, long acquirable) => new()
    {
        Person = person, Shares = shares, AcquirableWithin60Days = acquirable, Notes = acquirable > 0 ? ["2"] : [],
    };

    private static AuditorFeesFile AuditorFees() => new()
    {
        Auditor = "Deloitte & Touche LLP",
        Footnotes = [new Footnote { Id = "1", Column = "audit_fees", Text = Md("Audit and quarterly reviews.") }],
        Years =
        [
            new FeeYear { Year = 2002, AuditFees = 321_000m, AuditRelatedFees = 13_000m, TaxFees = 109_000m, AllOtherFees = 5_000m, Total = 448_000m },
            new FeeYear { Year = 2001, AuditFees = 448_000m, AuditRelatedFees = 12_000m, TaxFees = 261_000m, Total = 721_000m },
        ],
    };

    private static PerformanceGraphFile PerformanceGraph() => new()
    {
        Introduction = Md("Cumulative total return."),
        InitialInvestment = 100m,
        Periods = [new(2000, 6, 29), new(2000, 12, 29), new(2001, 6, 29), new(2001, 12, 31), new(2002, 6, 28), new(2002, 12, 31)],
        Footnotes = [new Footnote { Id = "1", Text = Md("The SCPT peer group.") }],
        Series =
        [
            new PerformanceSeries { Key = "cpst", Name = "Capstone", Values = [100m, 62m, 49m, 12m, 4m, 2m] },
            new PerformanceSeries { Key = "nasdaq", Name = "Nasdaq", Values = [100m, 62m, 54m, 49m, 37m, 34m] },
            new PerformanceSeries { Key = "scpt", Name = "SCPT", Values = [100m, 65m, 66m, 37m, 18m, 10m], Notes = ["1"] },
        ],
    };
}
