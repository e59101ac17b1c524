using System.Globalization;
using FilingForge.Loading;
using static FilingForge.Review.RollForward.DataPath;

namespace FilingForge.Review.RollForward;

/// <summary>What the roll-forward changes in each data file; files without a rule are copied as they are.</summary>
internal sealed class RollForwardRules(int shift, int fiscalYear)
{
    private const int CompensationYears = 3;
    private const int AuditorFeeYears = 2;

    public Action<DataNode, YamlTextEditor>? For(string fileName) => Path.GetFileNameWithoutExtension(fileName) switch
    {
        "meeting" => Meeting,
        "summary-compensation" => SummaryCompensation,
        "auditor-fees" => AuditorFees,
        "option-grants" => OptionGrants,
        "option-exercises" => OptionExercises,
        "beneficial-ownership" => BeneficialOwnership,
        "performance-graph" => PerformanceGraph,
        "ethics" => Ethics,
        _ => null,
    };

    private void Meeting(DataNode root, YamlTextEditor editor)
    {
        foreach (var key in new[] { "meeting_year", "fiscal_year", "annual_report_year" }) ShiftYear(Scalar(root, key), editor);
        ShiftDate(Scalar(root, "fiscal_year_end"), editor);
        foreach (var key in new[] { "date", "record_date", "notice_date", "mailing_date", "information_date" }) ShiftDate(Scalar(root, key), editor, tag: true);
        ShiftDate(Scalar(Get(root, "electronic_voting_deadline"), "date"), editor, tag: true);
        if (Scalar(root, "shares_outstanding") is { } shares) editor.Tag(shares);
    }

    /// <summary>Each officer keeps the years still inside the new three-year window, and gains the new year as a copy of the latest.</summary>
    private void SummaryCompensation(DataNode root, YamlTextEditor editor)
    {
        foreach (var officer in Items(root, "officers"))
        {
            var years = Items(officer, "years");
            foreach (var year in years.Where(y => YearOf(y) <= fiscalYear - CompensationYears)) editor.Remove(year);
            if (years.FirstOrDefault() is { } latest && YearOf(latest) < fiscalYear) editor.InsertCopyBefore(latest, copy => NewYear(latest, copy));
        }
    }

    private void AuditorFees(DataNode root, YamlTextEditor editor)
    {
        var years = Items(root, "years");
        foreach (var year in years.Where(y => YearOf(y) <= fiscalYear - AuditorFeeYears)) editor.Remove(year);
        if (years.FirstOrDefault() is { } latest && YearOf(latest) < fiscalYear) editor.InsertCopyBefore(latest, copy => NewYear(latest, copy));
    }

    /// <summary>A new year's entry: the year set, every figure kept as a placeholder and marked.</summary>
    private void NewYear(DataNode latest, YamlTextEditor copy)
    {
        if (latest is not DataMapping mapping) return;
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value == "year") copy.Replace((DataScalar)entry.Value, fiscalYear.ToString(CultureInfo.InvariantCulture));
            else copy.TagValue(entry);
        }
    }

    private void OptionGrants(DataNode root, YamlTextEditor editor)
    {
        ShiftYear(Scalar(root, "fiscal_year"), editor);
        if (Scalar(root, "total_options_granted_to_employees") is { } total) editor.Tag(total);
        if (Entry(root, "recipients") is { } recipients) editor.TagValue(recipients);
        foreach (var grant in Items(root, "recipients").SelectMany(r => Items(r, "grants")))
        {
            ShiftDate(Scalar(grant, "grant_date"), editor);
            ShiftDate(Scalar(grant, "expiration_date"), editor);
        }
    }

    private void OptionExercises(DataNode root, YamlTextEditor editor)
    {
        if (Scalar(root, "fiscal_year_end_price") is { } price) editor.Tag(price);
        if (Entry(root, "holders") is { } holders) editor.TagValue(holders);
    }

    private void BeneficialOwnership(DataNode root, YamlTextEditor editor)
    {
        ShiftDate(Scalar(root, "as_of"), editor, tag: true);
        if (Entry(root, "owners") is { } owners) editor.TagValue(owners);
    }

    private void PerformanceGraph(DataNode root, YamlTextEditor editor)
    {
        if (Entry(root, "periods") is { } periods) editor.TagValue(periods);
        if (Entry(root, "series") is { } series) editor.TagValue(series);
    }

    private void Ethics(DataNode root, YamlTextEditor editor)
    {
        foreach (var entry in (root as DataMapping)?.Entries ?? [])
            if (entry.Value is DataMapping section) ShiftYear(Scalar(section, "year"), editor);
    }

    private static int YearOf(DataNode entry) =>
        int.TryParse(Scalar(entry, "year")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : int.MaxValue;

    private void ShiftYear(DataScalar? scalar, YamlTextEditor editor)
    {
        if (scalar is null || !int.TryParse(scalar.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return;
        editor.Replace(scalar, (year + shift).ToString(CultureInfo.InvariantCulture));
    }

    private void ShiftDate(DataScalar? scalar, YamlTextEditor editor, bool tag = false)
    {
        if (scalar is null || !DateOnly.TryParseExact(scalar.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return;
        editor.Replace(scalar, date.AddYears(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (tag) editor.Tag(scalar);
    }
}
