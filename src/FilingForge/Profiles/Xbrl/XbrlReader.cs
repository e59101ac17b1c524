using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Profiles.Xbrl;

/// <summary>
/// Reads <c>xbrl.yaml</c> of a profile, which a profile may leave out (then its filings carry no Inline XBRL). Every
/// QName's prefix must be a declared taxonomy (or <c>ext</c>, the company's), every concept a fact uses must be
/// declared with its kind, every <c>ext:</c> member among <c>members</c>, and the entity's paths must name fields, so a
/// misspelt name is a located diagnostic in the profile, never a fact EDGAR rejects.
/// </summary>
internal static partial class XbrlReader
{
    private static readonly string[] RootKeys = ["document", "entity", "reporting_year", "monetary_unit", "taxonomies", "units", "concepts", "members", "disclosure", "fields", "named", "footnotes", "hidden"];
    private static readonly string[] DisclosureKeys = ["role", "definition", "line_items", "table", "axes", "cover_role", "cover_definition", "cover_abstract", "cover_taxonomy"];
    private static readonly string[] EntityKeys = ["scheme", "identifier", "fiscal_year_end", "ticker", "website"];
    private static readonly string[] ShapeKeys = ["concept", "year", "dimensions", "scale", "decimals", "negate", "position"];
    private static readonly string[] ConceptKeys = ["kind", "period", "unit", "decimals"];
    private static readonly string[] Kinds = ["monetary", "number", "text", "text_block"];

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9-]*:[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex QName();

    public static XbrlDeclaration? Read(DataMapping root, IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
        IReadOnlyList<DocumentDeclaration> documents, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var reading = new Reading(root, new DeclaredPaths(files, types), report);
        return reading.Declaration(documents);
    }

    private sealed class Reading(DataMapping root, DeclaredPaths paths, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        private bool _failed;
        private readonly HashSet<string> _prefixes = new(StringComparer.Ordinal) { XbrlDeclaration.ExtensionPrefix };
        private Dictionary<string, XbrlConceptDeclaration> _concepts = new(StringComparer.Ordinal);
        private HashSet<string> _members = new(StringComparer.Ordinal);
        private string _reportingYear = "";
        private Document.XbrlDisclosure _disclosure = Document.XbrlDisclosure.PayVersusPerformance;

        private Document.XbrlAxis? Axis(string axis) => _disclosure.Axes.FirstOrDefault(a => a.Axis == axis);

        /// <summary>
        /// <c>disclosure</c>: the role, table and axes the extension taxonomy gives the facts; each axis names its domain
        /// or is <c>typed</c>. Without it, the ECD taxonomy's Pay versus Performance structure.
        /// </summary>
        private Document.XbrlDisclosure? Disclosure()
        {
            if (Mapping(root, "disclosure", required: false) is not { } map) return null;
            Closed(map, DisclosureKeys, "disclosure");
            var axes = new List<Document.XbrlAxis>();
            foreach (var (axis, domain) in Mapping(map, "axes")?.Entries ?? [])
                if (IsQName(axis, "an axis QName") && domain is DataScalar d && (d.Value == "typed" || IsQName(d, "a domain member QName or `typed`")))
                    axes.Add(new Document.XbrlAxis(axis.Value, d.Value == "typed" ? null : d.Value));
            string? Name(string key) => Text(map, "disclosure", key);
            var (role, definition, lineItems, table) = (Name("role"), Name("definition"), Name("line_items"), Name("table"));
            var (coverRole, coverDefinition, coverAbstract, coverTaxonomy) = (Name("cover_role"), Name("cover_definition"), Name("cover_abstract"), Name("cover_taxonomy"));
            if (role is null || definition is null || lineItems is null || table is null || coverRole is null || coverDefinition is null || coverAbstract is null || coverTaxonomy is null)
                return null;
            return new Document.XbrlDisclosure(role, definition, lineItems, table, axes, coverRole, coverDefinition, coverAbstract, coverTaxonomy);
        }

        private void Report(DiagnosticDescriptor descriptor, SourceLocation at, params object?[] args)
        {
            _failed = true;
            report(descriptor, at, args);
        }

        public XbrlDeclaration? Declaration(IReadOnlyList<DocumentDeclaration> documents)
        {
            Closed(root, RootKeys, "xbrl.yaml");
            var document = Text(root, "xbrl.yaml", "document");
            if (document is not null && documents.All(d => d.Name != document))
                Report(ProfileDiagnostics.WrongValue, At(root, "document"), "document", $"a document of documents.yaml ({string.Join(", ", documents.Select(d => d.Name))})", $"`{document}`");
            var entity = Entity();
            _reportingYear = ScalarPath(root, "reporting_year") ?? "";
            var taxonomies = Taxonomies();
            var monetaryUnit = Optional(root, "monetary_unit");
            var units = Units();
            if (monetaryUnit is not null && units.All(u => u.Id != monetaryUnit))
                Report(ProfileDiagnostics.WrongValue, At(root, "monetary_unit"), "monetary_unit", "a unit of `units`", $"`{monetaryUnit}`");
            _concepts = Concepts(monetaryUnit);
            var members = Members();
            _members = members.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
            _disclosure = Disclosure() ?? _disclosure;
            var fields = Entries("fields").Select(e => Field(e.Key, e.Value)).OfType<XbrlFieldFact>().ToList();
            var named = Entries("named").Select(e => Named(e.Key, e.Value)).OfType<XbrlNamedFact>().ToDictionary(n => n.Name, StringComparer.Ordinal);
            var footnotes = Footnotes(named);
            var hidden = Entries("hidden").Select(e => Hidden(e.Key, e.Value)).OfType<XbrlHiddenFact>().ToList();
            foreach (var member in members.Where(m => Axis(m.Axis) is not { IsTyped: false }))
                Report(ProfileDiagnostics.WrongValue, root.Location, $"member {member.Name}", "an explicit axis listed under `disclosure.axes`", $"`{member.Axis}`");
            if (_failed || document is null || entity is null) return null;
            return new XbrlDeclaration(document, entity, taxonomies, units, _concepts, members, fields, named, hidden)
                { Footnotes = footnotes, ReportingYear = _reportingYear, Disclosure = _disclosure };
        }

        private XbrlEntityDeclaration? Entity()
        {
            if (Mapping(root, "entity") is not { } entity) return null;
            Closed(entity, EntityKeys, "entity");
            var scheme = Text(entity, "entity", "scheme");
            var identifier = ScalarPath(entity, "identifier");
            var yearEnd = ScalarPath(entity, "fiscal_year_end");
            var ticker = ScalarPath(entity, "ticker");
            var website = ScalarPath(entity, "website");
            if (scheme is null || identifier is null || yearEnd is null || ticker is null || website is null) return null;
            return new XbrlEntityDeclaration(scheme, identifier, yearEnd, ticker, website);
        }

        private List<XbrlTaxonomyDeclaration> Taxonomies()
        {
            var result = new List<XbrlTaxonomyDeclaration>();
            foreach (var (prefix, body) in Entries("taxonomies"))
            {
                if (body is not DataMapping map) { Wrong(body, prefix.Value, "a mapping with `namespace` and `schema`"); continue; }
                Closed(map, ["namespace", "schema"], $"taxonomy {prefix.Value}");
                if (Text(map, $"taxonomy {prefix.Value}", "namespace") is not { } uri) continue;
                _prefixes.Add(prefix.Value);
                result.Add(new XbrlTaxonomyDeclaration(prefix.Value, uri, Optional(map, "schema")));
            }

            return result;
        }

        private List<XbrlUnitDeclaration> Units() =>
            Entries("units").Select(e => e.Value is DataScalar measure && IsQName(measure, "a measure such as iso4217:USD")
                ? new XbrlUnitDeclaration(e.Key.Value, measure.Value)
                : null).OfType<XbrlUnitDeclaration>().ToList();

        private Dictionary<string, XbrlConceptDeclaration> Concepts(string? monetaryUnit)
        {
            var result = new Dictionary<string, XbrlConceptDeclaration>(StringComparer.Ordinal);
            foreach (var (name, body) in Entries("concepts"))
            {
                if (!IsQName(name, "a concept's QName such as ecd:PeoTotalCompAmt")) continue;
                var map = body as DataMapping;
                if (map is not null) Closed(map, ConceptKeys, $"concept {name.Value}");
                var kind = map is null ? (body as DataScalar)?.Value : Optional(map, "kind");
                if (kind is null || !Kinds.Contains(kind)) { Wrong(body, name.Value, $"a kind ({string.Join(", ", Kinds)}) or a mapping with `kind`"); continue; }
                var period = map is null ? "duration" : Optional(map, "period") ?? "duration";
                if (period is not ("duration" or "instant")) Wrong(At(map!, "period"), "period", "duration or instant", period);
                var numeric = kind is "monetary" or "number";
                var unit = map is null ? null : Optional(map, "unit");
                result[name.Value] = new XbrlConceptDeclaration(name.Value, KindOf(kind), period == "duration",
                    unit ?? (kind == "monetary" ? monetaryUnit : null), numeric ? Integer(map, "decimals") : null);
            }

            return result;
        }

        private static XbrlConceptKind KindOf(string kind) => kind switch
        {
            "monetary" => XbrlConceptKind.Monetary,
            "number" => XbrlConceptKind.Number,
            "text" => XbrlConceptKind.Text,
            _ => XbrlConceptKind.TextBlock,
        };

        private List<XbrlMemberDeclaration> Members()
        {
            var result = new List<XbrlMemberDeclaration>();
            foreach (var (name, body) in Entries("members"))
            {
                if (body is not DataMapping map) { Wrong(body, name.Value, "a mapping with `label` and `axis`"); continue; }
                Closed(map, ["label", "axis"], $"member {name.Value}");
                var label = Text(map, $"member {name.Value}", "label");
                var axis = Text(map, $"member {name.Value}", "axis");
                if (label is null || axis is null) continue;
                result.Add(new XbrlMemberDeclaration(name.Value, label, axis));
            }

            return result;
        }

        private XbrlFieldFact? Field(DataScalar path, DataNode body)
        {
            if (!paths.Declares(path.Value))
                Report(ProfileDiagnostics.UnknownFieldPath, path.Location, path.Value, "a field of a data file", "");
            var shape = Shape(path.Value, body, out var year, out _);
            return shape is null ? null : new XbrlFieldFact(path.Value, year ?? "year", shape);
        }

        private XbrlNamedFact? Named(DataScalar name, DataNode body)
        {
            var shape = Shape(name.Value, body, out var year, out var position);
            return shape is null ? null : new XbrlNamedFact(name.Value, year ?? _reportingYear, shape, position);
        }

        private XbrlFactShape? Shape(string where, DataNode body, out string? year, out string? position)
        {
            year = position = null;
            if (body is not DataMapping map) { Wrong(body, where, "a mapping with `concept`"); return null; }
            Closed(map, ShapeKeys, where);
            var concept = Text(map, where, "concept");
            year = Optional(map, "year");
            position = Optional(map, "position");
            if (position is not null && Axis(position) is not { IsTyped: true })
                Report(ProfileDiagnostics.WrongValue, At(map, "position"), where, "a typed axis listed under `disclosure.axes`", $"`{position}`");
            if (concept is not null && !_concepts.ContainsKey(concept))
                Report(ProfileDiagnostics.WrongValue, At(map, "concept"), where, "a concept declared under `concepts`", $"`{concept}`");
            var dimensions = Dimensions(map, where);
            var negate = Optional(map, "negate");
            if (negate is not (null or "true" or "false")) Wrong(At(map, "negate"), "negate", "true or false", negate);
            if (concept is null) return null;
            return new XbrlFactShape(concept, dimensions, Integer(map, "scale"), Integer(map, "decimals"), negate == "true") { Location = map.Location };
        }

        private List<(string Axis, string Member)> Dimensions(DataMapping map, string where)
        {
            var result = new List<(string, string)>();
            if (Mapping(map, "dimensions", required: false) is not { } dimensions) return result;
            foreach (var (axis, member) in dimensions.Entries)
            {
                if (!IsQName(axis, "an axis QName") || member is not DataScalar value || !IsQName(value, "a member QName")) continue;
                if (Axis(axis.Value) is not { IsTyped: false })
                    Report(ProfileDiagnostics.WrongValue, axis.Location, where, "an explicit axis listed under `disclosure.axes`", $"`{axis.Value}`");
                var (prefix, local) = Split(value.Value);
                if (prefix == XbrlDeclaration.ExtensionPrefix && !_members.Contains(local))
                    Report(ProfileDiagnostics.WrongValue, value.Location, where, "a member declared under `members`", $"`{value.Value}`");
                result.Add((axis.Value, value.Value));
            }

            return result;
        }

        private List<XbrlFootnoteFact> Footnotes(IReadOnlyDictionary<string, XbrlNamedFact> named)
        {
            var result = new List<XbrlFootnoteFact>();
            if (Value(root, "footnotes") is not { } node) return result;
            if (node is not DataSequence list) { Wrong(node, "footnotes", "a list of `table`, `column`, `fact`"); return result; }
            foreach (var item in list.Items)
            {
                if (item is not DataMapping map) { Wrong(item, "footnotes", "a mapping with `table`, `column`, `fact`"); continue; }
                Closed(map, ["table", "column", "fact"], "footnote");
                var (table, column, fact) = (Text(map, "footnote", "table"), Text(map, "footnote", "column"), Text(map, "footnote", "fact"));
                if (fact is not null && !named.ContainsKey(fact))
                    Report(ProfileDiagnostics.WrongValue, At(map, "fact"), "footnote", "a fact declared under `named`", $"`{fact}`");
                if (table is not null && column is not null && fact is not null) result.Add(new XbrlFootnoteFact(table, column, fact));
            }

            return result;
        }

        private XbrlHiddenFact? Hidden(DataScalar concept, DataNode body)
        {
            if (!IsQName(concept, "a concept's QName") || body is not DataMapping map) { Wrong(body, concept.Value, "a mapping with `value` or `field`"); return null; }
            Closed(map, ["value", "field", "values", "year"], concept.Value);
            if (!_concepts.ContainsKey(concept.Value))
                Report(ProfileDiagnostics.WrongValue, concept.Location, "hidden", "a concept declared under `concepts`", $"`{concept.Value}`");
            var constant = Optional(map, "value");
            var field = Value(map, "field") is null ? null : ScalarPath(map, "field");
            if ((constant is null) == (field is null)) { Report(ProfileDiagnostics.MissingKey, map.Location, concept.Value, "either `value` or `field`"); return null; }
            var values = Mapping(map, "values", required: false)?.Entries
                .Where(e => e.Value is DataScalar).ToDictionary(e => e.Key.Value, e => ((DataScalar)e.Value).Value, StringComparer.Ordinal);
            return new XbrlHiddenFact(concept.Value, Optional(map, "year") ?? _reportingYear, constant, field, values ?? new Dictionary<string, string>());
        }

        private bool IsQName(DataScalar scalar, string expected)
        {
            if (!QName().IsMatch(scalar.Value)) { Wrong(scalar, scalar.Value, expected); return false; }
            if (_prefixes.Contains(Split(scalar.Value).Prefix) || Split(scalar.Value).Prefix == "iso4217") return true;
            Report(ProfileDiagnostics.WrongValue, scalar.Location, scalar.Value, "a prefix declared under `taxonomies`", $"`{Split(scalar.Value).Prefix}`");
            return false;
        }

        private static (string Prefix, string Local) Split(string qname) => qname.Split(':', 2) is [var p, var l] ? (p, l) : ("", qname);

        /// <summary>A path from the top of the filing to one value: checked against the profile's declarations.</summary>
        private string? ScalarPath(DataMapping map, string key)
        {
            var text = Text(map, key, key);
            if (text is null) return null;
            return paths.Scalar(text, At(map, key), (d, l, a) => Report(d, l, a)) is null ? null : text;
        }

        private IEnumerable<DataEntry> Entries(string key) => Mapping(root, key, required: false)?.Entries ?? [];

        private DataMapping? Mapping(DataMapping map, string key, bool required = true)
        {
            switch (Value(map, key))
            {
                case null:
                    if (required) Report(ProfileDiagnostics.MissingKey, map.Location, "xbrl.yaml", key);
                    return null;
                case DataMapping mapping: return mapping;
                case var other: Wrong(other, key, "a mapping"); return null;
            }
        }

        private string? Text(DataMapping map, string where, string key)
        {
            var value = Optional(map, key);
            if (value is null) Report(ProfileDiagnostics.MissingKey, map.Location, where, key);
            return value;
        }

        private string? Optional(DataMapping map, string key)
        {
            var node = Value(map, key);
            if (node is null) return null;
            if (node is DataScalar { IsNull: false } scalar) return scalar.Value;
            Wrong(node, key, "a single value");
            return null;
        }

        private int? Integer(DataMapping? map, string key)
        {
            if (map is null || Optional(map, key) is not { } text) return null;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
            Wrong(At(map, key), key, "a whole number", text);
            return null;
        }

        private void Closed(DataMapping mapping, string[] keys, string where)
        {
            foreach (var (key, _) in mapping.Entries.Where(e => !keys.Contains(e.Key.Value)))
                Report(ProfileDiagnostics.UnknownKey, key.Location, key.Value, where == "xbrl.yaml" ? where : $"{where} in xbrl.yaml",
                    NameSuggestion.DidYouMean(key.Value, keys) is { Length: > 0 } hint ? hint : $"; expected one of: {string.Join(", ", keys)}");
        }

        private void Wrong(DataNode node, string key, string expected) => Report(ProfileDiagnostics.WrongValue, node.Location, key, expected, node.Describe());

        private void Wrong(SourceLocation at, string key, string expected, string found) => Report(ProfileDiagnostics.WrongValue, at, key, expected, $"`{found}`");

        private static DataNode? Value(DataMapping map, string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

        private static SourceLocation At(DataMapping map, string key) => Value(map, key)?.Location ?? map.Location;
    }
}
