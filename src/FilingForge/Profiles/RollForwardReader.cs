using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Profiles;

/// <summary>
/// Reads <c>roll-forward.yaml</c> of a profile, which a profile may leave out (then roll-forward copies every file).
/// Every path is resolved against the file's declaration when the profile is read, so a misspelt field is FF1511 in
/// the profile, never a value silently left unmarked in next year's filing.
/// </summary>
internal static class RollForwardReader
{
    private static readonly string[] FileKeys = ["shift_years", "shift_dates", "re_enter", "keep_years"];
    private static readonly string[] KeepKeys = ["list", "keep"];

    public static IReadOnlyList<RollForwardDeclaration> Read(DataMapping root, IReadOnlyList<DataFileDeclaration> files,
        IReadOnlyDictionary<string, ObjectTypeDeclaration> types, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var result = new List<RollForwardDeclaration>();
        foreach (var entry in root.Entries)
        {
            if (entry.Key.Value != "roll_forward")
            {
                report(ProfileDiagnostics.UnknownKey, entry.Key.Location, [entry.Key.Value, "roll-forward.yaml", "; expected `roll_forward`"]);
                continue;
            }

            if (entry.Value is not DataMapping byFile)
            {
                report(ProfileDiagnostics.WrongValue, entry.Value.Location, ["roll_forward", "a mapping of data files", entry.Value.Describe()]);
                continue;
            }

            foreach (var (name, body) in byFile.Entries)
                if (File(name, body, files, types, report) is { } declaration) result.Add(declaration);
        }

        return result;
    }

    private static RollForwardDeclaration? File(DataScalar name, DataNode body, IReadOnlyList<DataFileDeclaration> files,
        IReadOnlyDictionary<string, ObjectTypeDeclaration> types, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        if (files.FirstOrDefault(f => f.Name == name.Value) is not { } file)
        {
            report(ProfileDiagnostics.UnknownDataFile, name.Location, [name.Value, NameSuggestion.DidYouMean(name.Value, files.Select(f => f.Name).ToList())]);
            return null;
        }

        if (body is not DataMapping rules)
        {
            report(ProfileDiagnostics.WrongValue, body.Location, [name.Value, "a mapping of roll-forward rules", body.Describe()]);
            return null;
        }

        foreach (var (key, _) in rules.Entries.Where(e => !FileKeys.Contains(e.Key.Value)))
            report(ProfileDiagnostics.UnknownKey, key.Location, [key.Value, $"roll-forward of `{name.Value}`", NameSuggestion.DidYouMean(key.Value, FileKeys)]);
        var paths = new Paths(file, types, report);
        return new RollForwardDeclaration(file.Name,
            paths.List(rules, "shift_years"), paths.List(rules, "shift_dates"), paths.List(rules, "re_enter"), paths.Kept(rules));
    }

    private sealed class Paths(DataFileDeclaration file, IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
        Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        public IReadOnlyList<RollForwardPath> List(DataMapping rules, string key)
        {
            var node = rules.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
            if (node is null) return [];
            if (node is not DataSequence sequence)
            {
                report(ProfileDiagnostics.WrongValue, node.Location, [key, "a list of field paths", node.Describe()]);
                return [];
            }

            return sequence.Items.OfType<DataScalar>().Select(Path).OfType<RollForwardPath>().ToList();
        }

        public KeptYears? Kept(DataMapping rules)
        {
            if (rules.Entries.FirstOrDefault(e => e.Key.Value == "keep_years")?.Value is not { } node) return null;
            if (node is not DataMapping keep)
            {
                report(ProfileDiagnostics.WrongValue, node.Location, ["keep_years", "a mapping with `list` and `keep`", node.Describe()]);
                return null;
            }

            foreach (var (key, _) in keep.Entries.Where(e => !KeepKeys.Contains(e.Key.Value)))
                report(ProfileDiagnostics.UnknownKey, key.Location, [key.Value, "keep_years", NameSuggestion.DidYouMean(key.Value, KeepKeys)]);
            var list = keep.Entries.FirstOrDefault(e => e.Key.Value == "list")?.Value as DataScalar;
            var count = keep.Entries.FirstOrDefault(e => e.Key.Value == "keep")?.Value as DataScalar;
            if (list is null || count is null || !int.TryParse(count.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var years) || years < 1)
            {
                report(ProfileDiagnostics.WrongValue, keep.Location, ["keep_years", "`list:` a path to a list of years and `keep:` a whole number from 1", keep.Describe()]);
                return null;
            }

            return Path(list) is { Kind: RolledValue.Collection } path ? new KeptYears(path.Fields, years) : null;
        }

        /// <summary>A path through the file's fields (lists stepped through), and what it ends at.</summary>
        private RollForwardPath? Path(DataScalar text)
        {
            var fields = text.Value.Split('.');
            ObjectTypeDeclaration? type = file;
            FieldType? last = null;
            foreach (var segment in fields)
            {
                if (type?.Find(segment) is not { } field)
                {
                    var hint = type is null ? "" : NameSuggestion.DidYouMean(segment, type.Fields.Select(f => f.Key).ToList());
                    report(ProfileDiagnostics.UnknownFieldPath, text.Location, [text.Value, type is null ? "a value that has no fields" : $"`{type.Name}`", hint]);
                    return null;
                }

                last = field.Type;
                type = field.Type.ObjectIn(types);
            }

            var kind = last switch
            {
                ScalarType { Kind: ScalarKind.Date } => RolledValue.Date,
                ListType or MapType => RolledValue.Collection,
                NamedType named when types.ContainsKey(named.Name) => RolledValue.Collection,
                _ => RolledValue.Value,
            };
            return new RollForwardPath(fields, kind);
        }
    }
}
