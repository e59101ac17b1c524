using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Profiles;

/// <summary>
/// Reads a profile folder: <c>profile.yaml</c> (its name and the data files, in order), <c>files/&lt;file&gt;.yaml</c>
/// (each file's fields), <c>types.yaml</c> (object types and enumerations), <c>documents.yaml</c> (what the filing
/// produces) and, if present, <c>tie-outs.yaml</c>. Strict like the Load stage, with the
/// same YAML reader: every mistake is a diagnostic at its line in the profile, and a profile with errors is not used.
/// </summary>
public static class ProfileReader
{
    private static readonly string[] ProfileKeys = ["profile", "title", "description", "files", "rules"];
    private static readonly string[] FileKeys = ["file", "description", "fields"];
    private static readonly string[] TypesKeys = ["types", "enumerations"];
    private static readonly string[] TypeKeys = ["description", "fields"];
    private static readonly string[] EnumerationKeys = ["description", "values"];
    private static readonly string[] FieldKeys = ["type", "required", "nullable", "description", "min", "max", "default", "computed", "round"];

    /// <summary>The profile in <paramref name="directory"/>, or null after reporting why it cannot be used.</summary>
    public static Profile? Read(string directory, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(directory));
        var reader = new Reading(diagnostics);
        var header = reader.Mapping(Path.Combine(directory, "profile.yaml"), name);
        var typesFile = reader.Mapping(Path.Combine(directory, "types.yaml"), name);
        if (header is null || typesFile is null) return null;

        reader.Closed(header, ProfileKeys, "profile.yaml");
        reader.Closed(typesFile, TypesKeys, "types.yaml");
        var enumerations = reader.Enumerations(typesFile);
        var types = reader.Types(typesFile, enumerations);
        var files = reader.Files(directory, name, header, types, enumerations);
        if (!reader.HasErrors) reader.Figures(files, types);
        // Tie-outs are resolved against the declarations: read only when those are sound, or one mistake reads twice.
        var tieOuts = reader.HasErrors ? [] : reader.TieOuts(Path.Combine(directory, "tie-outs.yaml"), name, files, types);
        var (documents, properties) = reader.HasErrors ? ([], null) : reader.Documents(Path.Combine(directory, "documents.yaml"), name, files, types, enumerations);
        var title = reader.Text(header, "profile.yaml", "title", required: true);
        reader.Text(header, "profile.yaml", "profile", required: true);
        if (reader.HasErrors || properties is null) return null;
        var rules = reader.Rules(header);
        var rollForward = reader.RollForward(Path.Combine(directory, "roll-forward.yaml"), name, files, types);
        var xbrl = reader.Xbrl(Path.Combine(directory, "xbrl.yaml"), name, files, types, documents);
        if (reader.HasErrors) return null;
        var profile = new Profile(name, title!, reader.Text(header, "profile.yaml", "description", required: false), files, types, enumerations, tieOuts,
            documents, properties, rules, rollForward, xbrl);
        reader.Defaults(profile);
        return reader.HasErrors ? null : profile;
    }

    /// <summary>
    /// The profile extended by a filing's own tie-outs (<c>tie-outs.yaml</c> beside its data files, IDs FF2900-FF2999),
    /// or null after reporting their mistakes, located in that file.
    /// </summary>
    public static Profile? WithFilingTieOuts(Profile profile, string path, DiagnosticBag diagnostics)
    {
        var found = new DiagnosticBag();
        var reader = new Reading(found);
        var root = reader.Mapping(path, profile.Name);
        var own = root is null ? [] : TieOutReader.Read(root, profile.Files, profile.Types, TieOutReader.TieOutOwner.Filing, (d, l, a) => found.Report(d, l, a));
        diagnostics.AddRange(found.Items);
        return root is null || found.HasErrors ? null : profile.WithTieOuts(own);
    }

    /// <summary>
    /// The profile extended by a filing's own declarations (<c>profile/</c> in its data folder; docs/profiles.md): new
    /// object types and enumerations, new data files, fields and derived figures added to the profile's files, and
    /// tie-outs under the filing's IDs. Null after reporting the extension's mistakes, located in its files.
    /// </summary>
    public static Profile? WithExtension(Profile profile, string directory, DiagnosticBag diagnostics)
    {
        var reader = new Reading(diagnostics);
        reader.DeclareAll(profile);
        var typesPath = Path.Combine(directory, "types.yaml");
        var typesFile = File.Exists(typesPath) ? reader.Mapping(typesPath, profile.Name) : null;
        if (typesFile is not null) reader.Closed(typesFile, TypesKeys, "types.yaml");
        var newEnumerations = typesFile is null ? [] : reader.Enumerations(typesFile);
        var newTypes = typesFile is null ? [] : reader.Types(typesFile, newEnumerations, profile.Types.Keys.Concat(profile.Enumerations.Keys));
        // A name declared again is reported (FF1508); merging past it would keep one of the two silently.
        if (reader.HasErrors) return null;
        var enumerations = profile.Enumerations.Concat(newEnumerations).ToDictionary(StringComparer.Ordinal);
        var types = profile.Types.Concat(newTypes).ToDictionary(StringComparer.Ordinal);
        var files = reader.ExtendedFiles(directory, profile, types, enumerations);
        if (!reader.HasErrors) reader.Figures(files, types);
        if (reader.HasErrors) return null;

        var extended = new Profile(profile.Name, profile.Title, profile.Description, files, types, enumerations, profile.TieOuts,
            profile.Documents, profile.DocumentProperties, profile.Rules, profile.RollForward, profile.Xbrl);
        reader.Defaults(extended);
        if (reader.HasErrors) return null;
        var tieOuts = Path.Combine(directory, "tie-outs.yaml");
        return File.Exists(tieOuts) ? WithFilingTieOuts(extended, tieOuts, diagnostics) : extended;
    }

    /// <summary>One read of a profile: its diagnostics, and the names declared so far (to find duplicates).</summary>
    private sealed class Reading(DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, SourceLocation> _declared = new(StringComparer.Ordinal);
        private bool _errors;

        public bool HasErrors => _errors;

        private void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
        {
            diagnostics.Report(descriptor, location, args);
            _errors |= descriptor.DefaultSeverity == Severity.Error;
        }

        /// <summary>Binds every declared default against its field, once, reporting one that does not fit (FF1518).</summary>
        public void Defaults(Profile profile)
        {
            foreach (var field in profile.Files.Concat(profile.Types.Values).SelectMany(t => t.Fields).Where(f => f.Default is not null))
            {
                var found = new FileDiagnostics(field.Default!.Location.File);
                if (ValueBinder.BindDefault(field, profile, found) is not null && !found.HasErrors) continue;
                var reason = found.Items.FirstOrDefault()?.Message ?? "it cannot be read";
                Report(ProfileDiagnostics.DefaultDoesNotFit, field.Default.Location, field.Key, field.Type, reason);
            }
        }

        /// <summary>Resolves the derived figures' expressions, reporting through this reading.</summary>
        public void Figures(IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types) =>
            FigureDeclarations.Check(files, types, (d, l, a) => Report(d, l, a));

        /// <summary>The roll-forward rules of <c>roll-forward.yaml</c>, which a profile may leave out.</summary>
        public IReadOnlyList<RollForwardDeclaration> RollForward(string path, string profile, IReadOnlyList<DataFileDeclaration> files,
            IReadOnlyDictionary<string, ObjectTypeDeclaration> types)
        {
            if (!File.Exists(path) || Mapping(path, profile) is not { } root) return [];
            return RollForwardReader.Read(root, files, types, (descriptor, location, args) => Report(descriptor, location, args));
        }

        /// <summary>The tagging declaration of <c>xbrl.yaml</c>, which a profile may leave out (it then tags nothing).</summary>
        public Xbrl.XbrlDeclaration? Xbrl(string path, string profile, IReadOnlyList<DataFileDeclaration> files,
            IReadOnlyDictionary<string, ObjectTypeDeclaration> types, IReadOnlyList<DocumentDeclaration> documents)
        {
            if (!File.Exists(path) || Mapping(path, profile) is not { } root) return null;
            return Profiles.Xbrl.XbrlReader.Read(root, files, types, documents, (descriptor, location, args) => Report(descriptor, location, args));
        }

        /// <summary>The tie-outs of <c>tie-outs.yaml</c>, which a profile may leave out.</summary>
        public IReadOnlyList<TieOutDeclaration> TieOuts(string path, string profile, IReadOnlyList<DataFileDeclaration> files,
            IReadOnlyDictionary<string, ObjectTypeDeclaration> types)
        {
            if (!File.Exists(path) || Mapping(path, profile) is not { } root) return [];
            return TieOutReader.Read(root, files, types, TieOutReader.TieOutOwner.Profile, (descriptor, location, args) => Report(descriptor, location, args));
        }

        /// <summary>The profile's documents (<c>documents.yaml</c>, which every profile has) and their properties.</summary>
        public (IReadOnlyList<DocumentDeclaration>, DocumentPropertiesDeclaration?) Documents(string path, string profile,
            IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
            IReadOnlyDictionary<string, EnumerationDeclaration> enumerations)
        {
            if (Mapping(path, profile) is not { } root) return ([], null);
            return DocumentReader.Read(root, files, types, enumerations, (descriptor, location, args) => Report(descriptor, location, args));
        }

        /// <summary><c>rules</c>: the names of the C# rules, once each; whether a rule has the name is the Check stage's to say.</summary>
        public IReadOnlyList<RuleReference> Rules(DataMapping header)
        {
            var listed = Value(header, "rules") switch
            {
                null => [],
                DataSequence sequence => sequence.Items,
                var other => WrongValue(other, "rules", "a list of rule names"),
            };
            var rules = new List<RuleReference>();
            foreach (var item in listed)
            {
                if (item is not DataScalar { IsNull: false } name) WrongValue(item, "rules", "a list of rule names");
                else if (rules.FirstOrDefault(r => r.Name == name.Value) is { } first) Report(ProfileDiagnostics.DuplicateName, name.Location, "rule " + name.Value, first.Location);
                else rules.Add(new RuleReference(name.Value, name.Location));
            }

            return rules;
        }

        public DataMapping? Mapping(string path, string profile)
        {
            var display = DisplayPath.Of(path);
            if (!File.Exists(path))
            {
                Report(ProfileDiagnostics.ProfileFileMissing, new SourceLocation(DisplayPath.Of(Path.GetDirectoryName(path)!), 0, 0), profile, Path.GetFileName(path));
                return null;
            }

            var read = new DiagnosticBag();
            var root = DataTree.Read(path, display, read);
            foreach (var d in read.Items) Report(d.Descriptor, d.Location, d.Arguments.ToArray());
            if (root is null) return null;
            if (root is DataMapping mapping) return mapping;
            Report(ProfileDiagnostics.WrongValue, root.Location, Path.GetFileName(path), "a mapping", root.Describe());
            return null;
        }

        public void Closed(DataMapping mapping, string[] keys, string where)
        {
            foreach (var (key, _) in mapping.Entries.Where(e => !keys.Contains(e.Key.Value)))
                Report(ProfileDiagnostics.UnknownKey, key.Location, key.Value, where,
                    NameSuggestion.DidYouMean(key.Value, keys) is { Length: > 0 } hint ? hint : $"; expected one of: {string.Join(", ", keys)}");
        }

        public string? Text(DataMapping mapping, string where, string key, bool required)
        {
            var node = Value(mapping, key);
            if (node is null)
            {
                if (required) Report(ProfileDiagnostics.MissingKey, mapping.Location, where, key);
                return null;
            }

            if (node is DataScalar { IsNull: false } scalar) return scalar.Value;
            Report(ProfileDiagnostics.WrongValue, node.Location, key, "text", node.Describe());
            return null;
        }

        private static DataNode? Value(DataMapping mapping, string key) =>
            mapping.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

        private void Declare(string name, SourceLocation location)
        {
            if (_declared.TryGetValue(name, out var first)) Report(ProfileDiagnostics.DuplicateName, location, name, first);
            else _declared[name] = location;
        }

        /// <summary>Every name the profile declares, so an extension that declares one again is told where the first is.</summary>
        public void DeclareAll(Profile profile)
        {
            foreach (var type in profile.Types.Values) Declare(type.Name, type.Location);
            foreach (var enumeration in profile.Enumerations.Values) Declare(enumeration.Name, enumeration.Location);
        }

        /// <summary>
        /// The profile's files, each with the fields an extension's <c>files/&lt;file&gt;.yaml</c> of the same name adds,
        /// then the extension's new files in name order.
        /// </summary>
        public List<DataFileDeclaration> ExtendedFiles(string directory, Profile profile,
            IReadOnlyDictionary<string, ObjectTypeDeclaration> types, IReadOnlyDictionary<string, EnumerationDeclaration> enumerations)
        {
            var names = types.Keys.Concat(enumerations.Keys).ToHashSet(StringComparer.Ordinal);
            var added = new Dictionary<string, DataFileDeclaration>(StringComparer.Ordinal);
            var folder = Path.Combine(directory, "files");
            var paths = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal) : Enumerable.Empty<string>();
            foreach (var path in paths)
            {
                var fileName = Path.GetFileNameWithoutExtension(path);
                if (Mapping(path, profile.Name) is not { } mapping) continue;
                Closed(mapping, FileKeys, $"files/{fileName}.yaml");
                if (Text(mapping, $"files/{fileName}.yaml", "file", required: true) is { } declared && declared != fileName)
                    Report(ProfileDiagnostics.WrongValue, Value(mapping, "file")!.Location, "file", $"`{fileName}`, the file's own name", $"`{declared}`");
                added[fileName] = new DataFileDeclaration(fileName, Text(mapping, fileName, "description", required: false), Fields(mapping, names), mapping.Location);
            }

            var files = profile.Files.Select(f => added.Remove(f.Name, out var more) ? WithFields(f, more) : f).ToList();
            return [.. files, .. added.Values];
        }

        /// <summary>A profile's file with an extension's fields after its own; a field declared in both is reported.</summary>
        private DataFileDeclaration WithFields(DataFileDeclaration file, DataFileDeclaration more)
        {
            foreach (var field in more.Fields.Where(f => file.Find(f.Key) is not null))
                Report(ProfileDiagnostics.DuplicateName, field.Location, $"{file.Name}.{field.Key}", file.Find(field.Key)!.Location);
            return new DataFileDeclaration(file.Name, file.Description, [.. file.Fields, .. more.Fields.Where(f => file.Find(f.Key) is null)], file.Location);
        }

        public Dictionary<string, EnumerationDeclaration> Enumerations(DataMapping typesFile)
        {
            var result = new Dictionary<string, EnumerationDeclaration>(StringComparer.Ordinal);
            foreach (var (key, node) in Entries(typesFile, "enumerations"))
            {
                if (!IsMapping(node, key.Value, out var body)) continue;
                Declare(key.Value, key.Location);
                Closed(body, EnumerationKeys, $"enumeration `{key.Value}`");
                var values = Entries(body, "values")
                    .Select(v => new EnumerationValue(v.Key.Value, v.Value is DataScalar { IsNull: false } d && d.Value.Length > 0 ? d.Value : null))
                    .ToList();
                result[key.Value] = new EnumerationDeclaration(key.Value, Text(body, key.Value, "description", required: false), values, key.Location);
            }

            return result;
        }

        /// <param name="known">Type names declared elsewhere that these types' fields may use (an extension's profile's).</param>
        public Dictionary<string, ObjectTypeDeclaration> Types(DataMapping typesFile, IReadOnlyDictionary<string, EnumerationDeclaration> enumerations,
            IEnumerable<string>? known = null)
        {
            var bodies = Entries(typesFile, "types").Where(e => IsMapping(e.Value, e.Key.Value, out _)).ToList();
            var names = bodies.Select(e => e.Key.Value).Concat(enumerations.Keys).Concat(known ?? []).ToHashSet(StringComparer.Ordinal);
            var result = new Dictionary<string, ObjectTypeDeclaration>(StringComparer.Ordinal);
            foreach (var (key, node) in bodies)
            {
                var body = (DataMapping)node;
                Declare(key.Value, key.Location);
                Closed(body, TypeKeys, $"type `{key.Value}`");
                result[key.Value] = new ObjectTypeDeclaration(key.Value, Text(body, key.Value, "description", required: false), Fields(body, names), key.Location);
            }

            return result;
        }

        public List<DataFileDeclaration> Files(string directory, string profile, DataMapping header,
            IReadOnlyDictionary<string, ObjectTypeDeclaration> types, IReadOnlyDictionary<string, EnumerationDeclaration> enumerations)
        {
            var names = types.Keys.Concat(enumerations.Keys).ToHashSet(StringComparer.Ordinal);
            var listed = Value(header, "files") switch
            {
                DataSequence sequence => sequence.Items,
                null => Missing(header, "profile.yaml", "files"),
                var other => WrongValue(other, "files", "a list of data file names"),
            };
            var files = new List<DataFileDeclaration>();
            foreach (var item in listed)
            {
                if (item is not DataScalar { IsNull: false } fileName)
                {
                    WrongValue(item, "files", "a list of data file names");
                    continue;
                }

                Declare("file " + fileName.Value, fileName.Location);
                var mapping = Mapping(Path.Combine(directory, "files", fileName.Value + ".yaml"), profile);
                if (mapping is null) continue;
                Closed(mapping, FileKeys, $"files/{fileName.Value}.yaml");
                if (Text(mapping, $"files/{fileName.Value}.yaml", "file", required: true) is { } declared && declared != fileName.Value)
                    Report(ProfileDiagnostics.WrongValue, Value(mapping, "file")!.Location, "file", $"`{fileName.Value}`, the file's own name", $"`{declared}`");
                files.Add(new DataFileDeclaration(fileName.Value, Text(mapping, fileName.Value, "description", required: false), Fields(mapping, names), mapping.Location));
            }

            ReportUnlisted(directory, listed.OfType<DataScalar>().Select(n => n.Value).ToHashSet(StringComparer.Ordinal));
            return files;
        }

        private void ReportUnlisted(string directory, IReadOnlySet<string> listed)
        {
            var folder = Path.Combine(directory, "files");
            if (!Directory.Exists(folder)) return;
            foreach (var path in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
                if (!listed.Contains(Path.GetFileNameWithoutExtension(path)))
                    Report(ProfileDiagnostics.FileNotListed, new SourceLocation(DisplayPath.Of(path), 0, 0), Path.GetFileNameWithoutExtension(path));
        }

        private List<FieldDeclaration> Fields(DataMapping body, IReadOnlySet<string> typeNames)
        {
            var fields = new List<FieldDeclaration>();
            foreach (var (key, node) in Entries(body, "fields"))
                if (IsMapping(node, key.Value, out var field) && Field(key, field, typeNames) is { } declared)
                    fields.Add(declared);
            return fields;
        }

        private FieldDeclaration? Field(DataScalar key, DataMapping field, IReadOnlySet<string> typeNames)
        {
            Closed(field, FieldKeys, $"field `{key.Value}`");
            var typeText = Text(field, $"field `{key.Value}`", "type", required: true);
            if (typeText is null) return null;
            var type = FieldType.Parse(typeText);
            if (type is null || Names(type).Any(n => !typeNames.Contains(n)))
            {
                var unknown = type is null ? typeText : Names(type).First(n => !typeNames.Contains(n));
                Report(ProfileDiagnostics.UnknownType, Value(field, "type")!.Location, unknown,
                    string.Join(", ", FieldType.ScalarNames.Keys), NameSuggestion.DidYouMean(unknown, typeNames.Concat(FieldType.ScalarNames.Keys).ToList()));
                return null;
            }

            var declaration = new FieldDeclaration(key.Value, type, Flag(field, "required"), Flag(field, "nullable"),
                Text(field, key.Value, "description", required: false), null, key.Location) { Default = Value(field, "default") };
            return Figure(declaration with { Range = Range(declaration, field) }, field);
        }

        /// <summary>A derived figure's expression and rounding; its paths are resolved once every type is read (<see cref="FigureDeclarations"/>).</summary>
        private FieldDeclaration Figure(FieldDeclaration declaration, DataMapping field)
        {
            var text = Text(field, declaration.Key, "computed", required: false);
            var round = Text(field, declaration.Key, "round", required: false);
            if (text is null)
            {
                if (round is not null) Report(ProfileDiagnostics.FigureMisdeclared, Value(field, "round")!.Location, declaration.Key, "`round` applies only to a field that is `computed`");
                return declaration;
            }

            var at = Value(field, "computed")!.Location;
            var (expression, error) = ProfileExpression.Parse(text);
            if (expression is null) Report(ProfileDiagnostics.ExpressionInvalid, at, text, error);
            var rounding = Rounding.None;
            if (round is not null && !RoundingRules.Names.TryGetValue(round, out rounding))
                Report(ProfileDiagnostics.WrongValue, Value(field, "round")!.Location, "round", "one of: " + string.Join(", ", RoundingRules.Names.Keys), $"`{round}`");
            if (declaration.Required || declaration.Default is not null)
                Report(ProfileDiagnostics.FigureMisdeclared, at, declaration.Key, "a computed field is never written, so it is neither `required` nor given a `default`");
            if (declaration.Range is null)
                Report(ProfileDiagnostics.FigureMisdeclared, at, declaration.Key, $"it is {declaration.Type}; a computed field is a number (money, shares, price, percent, number, integer or year)");
            return declaration with { Computed = expression, Rounding = rounding, ComputedLocation = at };
        }

        /// <summary>The field's range: its kind's, narrowed by <c>min</c> and <c>max</c>, which must stay inside the kind's.</summary>
        private ValueRange? Range(FieldDeclaration field, DataMapping body)
        {
            var kindRange = field.Kind is { } kind ? ValueRange.Of(kind) : null;
            var min = Number(body, "min");
            var max = Number(body, "max");
            var at = (Value(body, "min") ?? Value(body, "max"))?.Location ?? field.Location;
            if (kindRange is not { } limits)
            {
                if (min is not null || max is not null) Report(ProfileDiagnostics.RangeNotANumber, at, field.Key, field.Type);
                return null;
            }

            var range = new ValueRange(min ?? limits.Min, max ?? limits.Max);
            if (limits.Contains(range) && range.Min <= range.Max) return range;
            Report(ProfileDiagnostics.RangeOutsideKind, at, field.Key, limits.Min, limits.Max, field.Type, range.Min, range.Max);
            return limits;
        }

        private decimal? Number(DataMapping body, string key)
        {
            if (Value(body, key) is not { } node) return null;
            if (node is DataScalar { IsPlain: true } scalar &&
                decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                return number;
            Report(ProfileDiagnostics.WrongValue, node.Location, key, "a plain number", node.Describe());
            return null;
        }

        private bool Flag(DataMapping body, string key)
        {
            if (Value(body, key) is not { } node) return false;
            if (node is DataScalar { IsPlain: true, Value: "true" or "false" } scalar) return scalar.Value == "true";
            Report(ProfileDiagnostics.WrongValue, node.Location, key, "true or false", node.Describe());
            return false;
        }

        private static IEnumerable<string> Names(FieldType type) => type switch
        {
            NamedType named => [named.Name],
            ListType list => Names(list.Item),
            MapType map => Names(map.Value),
            _ => [],
        };

        private IReadOnlyList<DataEntry> Entries(DataMapping mapping, string key) => Value(mapping, key) switch
        {
            null => [],
            DataMapping inner => inner.Entries,
            var other => WrongEntries(other, key),
        };

        private IReadOnlyList<DataEntry> WrongEntries(DataNode node, string key)
        {
            Report(ProfileDiagnostics.WrongValue, node.Location, key, "a mapping", node.Describe());
            return [];
        }

        private bool IsMapping(DataNode node, string key, out DataMapping mapping)
        {
            mapping = node as DataMapping ?? new DataMapping(node.Location, []);
            if (node is DataMapping) return true;
            Report(ProfileDiagnostics.WrongValue, node.Location, key, "a mapping", node.Describe());
            return false;
        }

        private IReadOnlyList<DataNode> Missing(DataMapping mapping, string where, string key)
        {
            Report(ProfileDiagnostics.MissingKey, mapping.Location, where, key);
            return [];
        }

        private IReadOnlyList<DataNode> WrongValue(DataNode node, string key, string expected)
        {
            Report(ProfileDiagnostics.WrongValue, node.Location, key, expected, node.Describe());
            return [];
        }
    }
}
