using System.Text.RegularExpressions;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Profiles;

/// <summary>
/// Reads <c>documents.yaml</c> of a profile: the documents a filing in that form produces and the properties they
/// carry. Every data path (a placeholder of a title, a <c>for_each</c> list, a property) is resolved against the
/// profile's declarations when the profile is read, so a misspelt field is a located diagnostic in the profile, never
/// a blank title in a filing.
/// </summary>
internal static partial class DocumentReader
{
    private static readonly string[] RootKeys = ["documents", "properties"];
    private static readonly string[] DocumentKeys = ["template", "title", "subject", "for_each", "as", "named_by", "layout"];
    private static readonly string[] Layouts = ["pages", "card"];
    private static readonly string[] PropertyKeys = ["company", "date", "preliminary_when"];
    private static readonly string[] PreliminaryKeys = ["field", "is"];

    [GeneratedRegex(@"\{(?<path>[a-z0-9_.\-]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex DocumentName();

    public static (IReadOnlyList<DocumentDeclaration> Documents, DocumentPropertiesDeclaration? Properties) Read(
        DataMapping root, IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
        IReadOnlyDictionary<string, EnumerationDeclaration> enumerations, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var reader = new Reading(new DeclaredPaths(files, types), enumerations, report);
        reader.Closed(root, RootKeys, "documents.yaml");
        var documents = new List<DocumentDeclaration>();
        if (reader.Mapping(root, "documents", root.Location, required: true) is { } declared)
            foreach (var (name, body) in declared.Entries)
                if (reader.Document(name, body) is { } document) documents.Add(document);
        if (documents.Count == 0 && !reader.Failed) report(ProfileDiagnostics.MissingKey, root.Location, ["documents.yaml", "at least one document"]);
        var properties = reader.Mapping(root, "properties", root.Location, required: true) is { } shared ? reader.Properties(shared) : null;
        return (documents, properties);
    }

    private sealed class Reading(DeclaredPaths paths, IReadOnlyDictionary<string, EnumerationDeclaration> enumerations,
        Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        public bool Failed { get; private set; }

        private void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
        {
            Failed = true;
            report(descriptor, location, args);
        }

        public DocumentDeclaration? Document(DataScalar name, DataNode node)
        {
            if (!DocumentName().IsMatch(name.Value))
                Report(ProfileDiagnostics.WrongValue, name.Location, name.Value, "a document name in lower case with hyphens (proxy-card)", $"`{name.Value}`");
            if (node is not DataMapping body)
            {
                Report(ProfileDiagnostics.WrongValue, node.Location, name.Value, "a mapping", node.Describe());
                return null;
            }

            var where = $"document {name.Value}";
            Closed(body, DocumentKeys, where);
            var template = Text(body, where, "template", required: true);
            var title = Placeholders(body, where, "title");
            var subject = Placeholders(body, where, "subject");
            var items = Items(body, where);
            var layout = Layout(body, where);
            if (template is null || title is null || subject is null) return null;
            return new DocumentDeclaration(name.Value, template, title, subject, items, name.Location, layout);
        }

        /// <summary><c>layout: pages</c> (the default) or <c>card</c>: which of the theme's geometries the paged formats use.</summary>
        private FilingForge.Document.PageLayout Layout(DataMapping body, string where)
        {
            var layout = Text(body, where, "layout", required: false);
            if (layout is null || layout == "pages") return FilingForge.Document.PageLayout.Pages;
            if (layout == "card") return FilingForge.Document.PageLayout.Card;
            Report(ProfileDiagnostics.WrongValue, At(body, "layout"), "layout", $"one of {string.Join(", ", Layouts)}", $"`{layout}`");
            return FilingForge.Document.PageLayout.Pages;
        }

        /// <summary><c>for_each</c>, <c>as</c> and <c>named_by</c>, all three or none.</summary>
        private DocumentItems? Items(DataMapping body, string where)
        {
            var forEach = Text(body, where, "for_each", required: false);
            if (forEach is null)
            {
                foreach (var key in new[] { "as", "named_by" }.Where(k => Value(body, k) is not null))
                    Report(ProfileDiagnostics.MissingKey, At(body, key), $"{where} with `{key}`", "for_each");
                return null;
            }

            var @as = Text(body, where, "as", required: true);
            var namedBy = Text(body, where, "named_by", required: true);
            if (paths.Items(forEach, At(body, "for_each"), Report) is not { } list || @as is null || namedBy is null) return null;
            // The template sees the item beside the data files (by their keys, auditor_fees) and `computed`.
            if (@as == "computed" || paths.Files.Any(f => f.Name.Replace('-', '_') == @as))
                Report(ProfileDiagnostics.WrongValue, At(body, "as"), "as", "a name that is neither a data file's key nor `computed` (the template sees all of them)", $"`{@as}`");
            // The item's name becomes part of a file name: a text or a person id, written for every item.
            if (list.Type.Find(namedBy) is not { Type: ScalarType { Kind: ScalarKind.Text or ScalarKind.Person }, Required: true })
                Report(ProfileDiagnostics.UnknownFieldPath, At(body, "named_by"), namedBy, $"`{list.Type.Name}` that is a required text or person",
                    DeclaredPaths.Hint(namedBy, list.Type));
            return new DocumentItems(list.Path.File, list.Path.Fields, @as, namedBy);
        }

        public DocumentPropertiesDeclaration? Properties(DataMapping body)
        {
            Closed(body, PropertyKeys, "properties");
            var company = Text(body, "properties", "company", required: true) is { } text
                ? paths.Scalar(text, At(body, "company"), Report, t => t is ScalarType { Kind: ScalarKind.Text }, "a text")
                : null;
            var dates = Value(body, "date") switch
            {
                null => Missing(body, "date"),
                DataScalar scalar => [scalar],
                DataSequence sequence => sequence.Items,
                var other => Wrong(other, "date", "a data path or a list of them"),
            };
            foreach (var item in dates.Where(d => d is not DataScalar { IsNull: false })) Wrong(item, "date", "a data path");
            if (dates.Count == 0 && Value(body, "date") is { } empty) Wrong(empty, "date", "at least one data path");
            var date = dates.OfType<DataScalar>()
                .Select(d => paths.Scalar(d.Value, d.Location, Report, t => t is ScalarType { Kind: ScalarKind.Date }, "a date"))
                .OfType<DataFieldPath>().ToArray();
            var (preliminary, value) = Preliminary(body);
            return company is null || date.Length == 0 || Failed ? null : new DocumentPropertiesDeclaration(company, date, preliminary, value);
        }

        /// <summary><c>preliminary_when: { field: meeting.filing_type, is: preliminary }</c>, optional.</summary>
        private (DataFieldPath?, string?) Preliminary(DataMapping body)
        {
            if (Value(body, "preliminary_when") is not { } node) return (null, null);
            if (node is not DataMapping when)
            {
                Wrong(node, "preliminary_when", "a mapping with `field` and `is`");
                return (null, null);
            }

            Closed(when, PreliminaryKeys, "preliminary_when");
            var field = Text(when, "preliminary_when", "field", required: true) is { } path
                ? paths.Scalar(path, At(when, "field"), Report, t => t is NamedType named && enumerations.ContainsKey(named.Name), "an enumeration")
                : null;
            var value = Text(when, "preliminary_when", "is", required: true);
            // A misspelt value would never mark a document preliminary, silently.
            if (field is not null && value is not null && paths.TypeOf(field) is NamedType { Name: var name } && enumerations[name].Values.All(v => v.Value != value))
                Report(ProfileDiagnostics.WrongValue, At(when, "is"), "is", $"a value of {name}: {string.Join(", ", enumerations[name].Values.Select(v => v.Value))}", $"`{value}`");
            return (field, value);
        }

        private DocumentText? Placeholders(DataMapping body, string where, string key)
        {
            var text = Text(body, where, key, required: true);
            if (text is null) return null;
            var matches = Placeholder().Matches(text);
            var placeholders = new List<TextPlaceholder>();
            foreach (Match match in matches)
                if (paths.Scalar(match.Groups["path"].Value, At(body, key), Report) is { } path)
                    placeholders.Add(new TextPlaceholder(match.Index, match.Length, path));
            // Each placeholder that names nothing has been reported; the text is kept only when all of them resolve.
            return placeholders.Count == matches.Count ? new DocumentText(text, placeholders) : null;
        }

        public DataMapping? Mapping(DataMapping body, string key, SourceLocation at, bool required)
        {
            switch (Value(body, key))
            {
                case DataMapping mapping: return mapping;
                case null when required: Report(ProfileDiagnostics.MissingKey, at, "documents.yaml", key); return null;
                case null: return null;
                case var other: Wrong(other, key, "a mapping"); return null;
            }
        }

        public void Closed(DataMapping mapping, string[] keys, string where)
        {
            foreach (var (key, _) in mapping.Entries.Where(e => !keys.Contains(e.Key.Value)))
                Report(ProfileDiagnostics.UnknownKey, key.Location, key.Value, where,
                    NameSuggestion.DidYouMean(key.Value, keys) is { Length: > 0 } hint ? hint : $"; expected one of: {string.Join(", ", keys)}");
        }

        private string? Text(DataMapping body, string where, string key, bool required)
        {
            switch (Value(body, key))
            {
                case DataScalar { IsNull: false } scalar: return scalar.Value;
                case null when required: Report(ProfileDiagnostics.MissingKey, body.Location, where, key); return null;
                case null: return null;
                case var other: Wrong(other, key, "text"); return null;
            }
        }

        private IReadOnlyList<DataNode> Missing(DataMapping body, string key)
        {
            Report(ProfileDiagnostics.MissingKey, body.Location, "properties", key);
            return [];
        }

        private IReadOnlyList<DataNode> Wrong(DataNode node, string key, string expected)
        {
            Report(ProfileDiagnostics.WrongValue, node.Location, key, expected, node.Describe());
            return [];
        }

        private static DataNode? Value(DataMapping body, string key) => body.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;

        private static SourceLocation At(DataMapping body, string key) => Value(body, key)?.Location ?? body.Location;
    }
}
