using FilingForge.Checks.Declared;
using FilingForge.Checks.Rules;
using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Checks;

/// <summary>
/// The Check stage: every rule a reviewing lawyer or the SEC applies to the data, one <see cref="ICheck"/> per concern.
/// What the profile declares is checked for every filing (its figures, tie-outs, ranges and Markdown); the C# rules,
/// for what cannot be declared, run when the profile names them (<c>profile.yaml</c> <c>rules</c>), so a form of
/// filing picks the rules that hold for it. Check collects diagnostics and never throws on a loaded filing; the compiler
/// runs <c>FilingCalculator.Compute</c> only when Check reported no errors.
/// </summary>
public static class FilingChecker
{
    /// <summary>The checks of what every profile declares, run for every filing.</summary>
    public static IReadOnlyList<ICheck> Declared { get; } =
    [
        // The tie-outs the profile declares (FF2101 fee totals, FF2102 all other compensation, ...).
        new DeclaredFiguresCheck(),
        new DeclaredTieOutCheck(),
        // FF2202 and the like: no negative amount, no percentage over 100, by each field's declared kind.
        new ValueRangeCheck(),
        // FF52xx the Markdown dialect, in the data's Markdown values
        new MarkdownContentCheck(),
        // FF3116: every {field} a Markdown value names is a date or text of its own object.
        new MarkdownFieldReferenceCheck(),
        // FF3101: every field declared `person` names someone in people.yaml; Compute looks each one up.
        new UnknownPersonCheck(),
        // FF3201: every footnote marker (a field of kind `marker`) is defined by a footnote of its file.
        new DeclaredMarkersCheck(),
        // FF4120-FF4123: what an Inline XBRL document is named and identified from, where the profile tags one.
        new InlineXbrlEntityCheck(),
    ];

    /// <summary>The C# rules by the name a profile lists them under.</summary>
    public static IReadOnlyDictionary<string, ICheck> Rules { get; } = new Dictionary<string, ICheck>(StringComparer.Ordinal)
    {
        // FF2xxx arithmetic
        ["stated_percent"] = new StatedPercentCheck(),
        ["option_grant_totals"] = new OptionGrantTotalsCheck(),
        ["ownership_arithmetic"] = new OwnershipArithmeticCheck(),
        ["positive_bases"] = new PositiveBasesCheck(),
        ["appreciation_rates"] = new AppreciationRatesCheck(),
        ["performance_graph"] = new PerformanceGraphCheck(),
        // FF24xx: the 2022 form's grants against the Summary Compensation Table
        ["plan_based_award_values"] = new PlanBasedAwardValuesCheck(),
        ["pay_versus_performance_years"] = new PayVersusPerformanceYearsCheck(),
        ["principal_executive"] = new PrincipalExecutiveCheck(),
        // FF3xxx cross-document consistency
        ["blank_names"] = new BlankNamesCheck(),
        ["duplicates"] = new DuplicatesCheck(),
        ["card_nominees"] = new CardNomineesCheck(),
        ["committees"] = new CommitteeCheck(),
        ["board_leadership"] = new BoardLeadershipCheck(),
        ["certification_return"] = new CertificationReturnCheck(),
        ["cross_file_facts"] = new CrossFileFactsCheck(),
        ["named_executive_tables"] = new NamedExecutiveTablesCheck(),
        ["named_executive_coverage"] = new NamedExecutiveCoverageCheck(),
        ["ownership_group_composition"] = new OwnershipGroupCompositionCheck(),
        ["footnotes"] = new FootnotesCheck(),
        ["ages"] = new AgesCheck(),
        ["director_dates"] = new DirectorDatesCheck(),
        ["option_grant_dates"] = new OptionGrantDatesCheck(),
        ["meeting_dates"] = new MeetingDatesCheck(),
        // FF4xxx SEC form rules
        ["filing_type"] = new FilingTypeCheck(),
        ["meeting_place"] = new MeetingPlaceCheck(),
        ["internet_availability"] = new InternetAvailabilityCheck(),
        ["ownership_table_coverage"] = new OwnershipTableCoverageCheck(),
        ["percent_basis"] = new PercentBasisCheck(),
        ["nominee_disclosure"] = new NomineeDisclosureCheck(),
        ["auditor_fee_years"] = new AuditorFeeYearsCheck(),
        ["summary_compensation_years"] = new SummaryCompensationYearsCheck(),
        ["proposals"] = new ProposalsCheck(),
    };

    public static void Check(FilingValues filing, DiagnosticBag diagnostics)
    {
        var context = new CheckContext(filing, diagnostics);
        foreach (var check in Declared) check.Run(context);
        foreach (var rule in RulesOf(filing.Profile, diagnostics)) rule.Run(context);
    }

    /// <summary>
    /// The rules the profile names, in its order. A name no rule has (FF1519) and a rule that reads a field the profile
    /// does not declare (FF1520) are the profile's mistakes, reported at the name in <c>profile.yaml</c>; such a rule
    /// does not run, so it cannot report nonsense about the filing instead.
    /// </summary>
    public static IReadOnlyList<ICheck> RulesOf(Profile profile, DiagnosticBag diagnostics)
    {
        var paths = new DeclaredPaths(profile.Files, profile.Types);
        var rules = new List<ICheck>();
        foreach (var named in profile.Rules)
        {
            if (!Rules.TryGetValue(named.Name, out var rule))
            {
                diagnostics.Report(ProfileDiagnostics.UnknownRule, named.Location, named.Name, NameSuggestion.DidYouMean(named.Name, Rules.Keys.ToList()));
                continue;
            }

            var missing = rule.Reads.Where(path => !paths.Declares(path)).ToArray();
            if (missing.Length == 0) rules.Add(rule);
            else diagnostics.Report(ProfileDiagnostics.RuleReadsUndeclared, named.Location, named.Name, string.Join(", ", missing));
        }

        return rules;
    }
}
