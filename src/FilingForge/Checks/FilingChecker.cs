using FilingForge.Checks.Declared;
using FilingForge.Checks.Rules;
using FilingForge.Diagnostics;
using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>
/// The Check stage: every rule a reviewing lawyer or the SEC applies to the data, one <see cref="ICheck"/> per concern,
/// all registered in <see cref="All"/>. Check collects diagnostics and never throws on a loaded filing; the compiler
/// runs <c>FilingCalculator.Compute</c> only when Check reported no errors.
/// </summary>
public static class FilingChecker
{
    public static IReadOnlyList<ICheck> All { get; } =
    [
        // The tie-outs the profile declares (FF2101 fee totals, FF2102 all other compensation, ...).
        new DeclaredFiguresCheck(),
        new DeclaredTieOutCheck(),
        // FF2xxx arithmetic
        new StatedPercentCheck(),
        new OptionGrantTotalsCheck(),
        new OwnershipArithmeticCheck(),
        new ValueRangeCheck(),
        new PositiveBasesCheck(),
        new PerformanceGraphCheck(),
        // FF3xxx cross-document consistency
        new UnknownPersonCheck(),
        new BlankNamesCheck(),
        new DuplicatesCheck(),
        new CardNomineesCheck(),
        new CommitteeCheck(),
        new BoardLeadershipCheck(),
        new CertificationReturnCheck(),
        new CrossFileFactsCheck(),
        new NamedExecutiveTablesCheck(),
        new OwnershipGroupCompositionCheck(),
        new FootnotesCheck(),
        new AgesCheck(),
        new DirectorDatesCheck(),
        new OptionGrantDatesCheck(),
        new MeetingDatesCheck(),
        // FF4xxx SEC form rules
        new FilingTypeCheck(),
        new OwnershipTableCoverageCheck(),
        new PercentBasisCheck(),
        new NomineeDisclosureCheck(),
        new AuditorFeeYearsCheck(),
        new SummaryCompensationYearsCheck(),
        new ProposalsCheck(),
        // FF52xx the Markdown dialect, in the data's Markdown values
        new MarkdownContentCheck(),
    ];

    public static void Check(FilingValues filing, DiagnosticBag diagnostics) => Run(new CheckContext(filing, diagnostics));

    /// <summary>A filing built in C# (the tests' sample model), until every rule reads the value tree.</summary>
    public static void Check(Filing filing, DiagnosticBag diagnostics) => Run(new CheckContext(filing, diagnostics));

    private static void Run(CheckContext context)
    {
        foreach (var check in All) check.Run(context);
    }
}
