using System.Globalization;
using FilingForge.Loading;
using FilingForge.Profiles;
using static FilingForge.Review.RollForward.DataPath;

namespace FilingForge.Review.RollForward;

/// <summary>
/// What the roll-forward changes in each data file, as the profile declares it (<c>roll-forward.yaml</c>); files the
/// profile does not name are copied as they are.
/// </summary>
internal sealed class RollForwardRules(IReadOnlyList<RollForwardDeclaration> declarations, int shift, int fiscalYear)
{
    public Action<DataNode, YamlTextEditor>? For(string fileName)
    {
        var declared = declarations.FirstOrDefault(d => d.File == Path.GetFileNameWithoutExtension(fileName));
        return declared is null ? null : (root, editor) => Apply(declared, root, editor);
    }

    private void Apply(RollForwardDeclaration declared, DataNode root, YamlTextEditor editor)
    {
        foreach (var path in declared.ShiftYears)
            foreach (var entry in Entries(root, path.Fields)) ShiftYear(entry.Value as DataScalar, editor);
        foreach (var path in declared.ShiftDates)
            foreach (var entry in Entries(root, path.Fields))
                foreach (var date in entry.Value is DataSequence dates ? dates.Items : [entry.Value]) ShiftDate(date as DataScalar, editor);
        foreach (var path in declared.ReEnter)
            foreach (var entry in Entries(root, path.Fields)) ReEnter(entry, path.Kind, editor);
        if (declared.KeepYears is { } kept) KeepYears(root, kept, editor);
    }

    /// <summary>
    /// A value to enter again: a date moves forward and is marked; a single value is marked; a list or object is
    /// marked as a whole (to move a list's dates as well, the declaration names it under <c>shift_dates</c> too).
    /// </summary>
    private void ReEnter(DataEntry entry, RolledValue kind, YamlTextEditor editor)
    {
        switch (kind, entry.Value)
        {
            case (RolledValue.Date, DataScalar date):
                ShiftDate(date, editor, tag: true);
                break;
            case (RolledValue.Value, DataScalar value):
                editor.Tag(value);
                break;
            case (RolledValue.Collection, _):
                editor.TagValue(entry);
                break;
        }
    }

    /// <summary>Each list keeps the years still inside the new window, and gains the new year as a copy of the latest.</summary>
    private void KeepYears(DataNode root, KeptYears kept, YamlTextEditor editor)
    {
        foreach (var list in Entries(root, kept.List))
        {
            var years = list.Value is DataSequence sequence ? sequence.Items : [];
            foreach (var year in years.Where(y => YearOf(y) <= fiscalYear - kept.Count)) editor.Remove(year);
            if (years.FirstOrDefault() is { } latest && YearOf(latest) < fiscalYear) editor.InsertCopyBefore(latest, copy => NewYear(latest, copy));
        }
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

    /// <summary>The entries a path of fields reaches, stepping through every item of a list on the way.</summary>
    private static IEnumerable<DataEntry> Entries(DataNode root, IReadOnlyList<string> fields)
    {
        IEnumerable<DataNode> nodes = [root];
        for (var i = 0; i < fields.Count - 1; i++)
            nodes = nodes.Select(n => Get(n, fields[i])).SelectMany(n => n is DataSequence s ? s.Items : n is null ? [] : [n]).ToList();
        return nodes.Select(n => Entry(n, fields[^1])).OfType<DataEntry>().ToList();
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
