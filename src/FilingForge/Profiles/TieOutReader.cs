using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Profiles;

/// <summary>
/// Reads <c>tie-outs.yaml</c> of a profile (optional): each tie-out under its permanent diagnostic ID, with every path,
/// expression and message placeholder resolved against the profile's declarations when the profile is read, so a
/// mistake is a located diagnostic in the profile rather than a surprise while a filing is checked.
/// </summary>
internal static partial class TieOutReader
{
    /// <summary>Whose tie-outs are read: a profile's, or a filing's own beside its data (their IDs differ).</summary>
    public enum TieOutOwner
    {
        Profile,
        Filing,
    }

    private static readonly string[] Keys = ["title", "severity", "file", "for_each", "stated", "equals", "at_least", "at_most", "when", "tolerance", "message"];

    private static readonly (string Key, TieOutComparison Comparison)[] Comparisons =
        [("equals", TieOutComparison.Equals), ("at_least", TieOutComparison.AtLeast), ("at_most", TieOutComparison.AtMost)];

    /// <summary>
    /// Tie-outs are arithmetic: a profile's IDs are in the FF2xxx group, which keeps them apart from every other stage's,
    /// below FF2900, which is left to filings.
    /// </summary>
    [GeneratedRegex("^FF2[0-8][0-9]{2}$")]
    private static partial Regex ProfileIds();

    /// <summary>A filing's own tie-outs take FF2900-FF2999, which no profile or rule of FilingForge uses.</summary>
    [GeneratedRegex("^FF29[0-9]{2}$")]
    private static partial Regex FilingIds();

    public static IReadOnlyList<TieOutDeclaration> Read(DataMapping root, IReadOnlyList<DataFileDeclaration> files,
        IReadOnlyDictionary<string, ObjectTypeDeclaration> types, TieOutOwner owner, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var reader = new Reading(files, types, owner, report);
        var result = new List<TieOutDeclaration>();
        foreach (var entry in root.Entries)
        {
            if (entry.Key.Value != "tie_outs")
            {
                report(ProfileDiagnostics.UnknownKey, entry.Key.Location, [entry.Key.Value, "tie-outs.yaml", "; expected `tie_outs`"]);
                continue;
            }

            if (entry.Value is not DataMapping tieOuts)
            {
                report(ProfileDiagnostics.WrongValue, entry.Value.Location, ["tie_outs", "a mapping of diagnostic IDs to tie-outs", entry.Value.Describe()]);
                continue;
            }

            foreach (var (id, body) in tieOuts.Entries)
                if (reader.TieOut(id, body) is { } tieOut) result.Add(tieOut);
        }

        return result;
    }

    [GeneratedRegex(@"\{(?<path>[\^a-z0-9_.]+)(?::(?<format>[A-Za-z0-9]+))?\}")]
    private static partial Regex Placeholder();

    private sealed class Reading(IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
        TieOutOwner owner, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        private bool _failed;

        private void Report(DiagnosticDescriptor descriptor, SourceLocation location, params object?[] args)
        {
            _failed = true;
            report(descriptor, location, args);
        }

        public TieOutDeclaration? TieOut(DataScalar id, DataNode node)
        {
            _failed = false;
            if (!(owner == TieOutOwner.Filing ? FilingIds() : ProfileIds()).IsMatch(id.Value))
                Report(ProfileDiagnostics.WrongValue, id.Location, id.Value,
                    owner == TieOutOwner.Filing ? "an ID of the filing's own, FF2900 to FF2999" : "an arithmetic diagnostic ID, FF2000 to FF2899", $"`{id.Value}`");
            if (node is not DataMapping body)
            {
                Report(ProfileDiagnostics.WrongValue, node.Location, id.Value, "a mapping", node.Describe());
                return null;
            }

            foreach (var (key, _) in body.Entries.Where(e => !Keys.Contains(e.Key.Value)))
                Report(ProfileDiagnostics.UnknownKey, key.Location, key.Value, $"tie-out {id.Value}", NameSuggestion.DidYouMean(key.Value, Keys));

            var title = Text(body, id, "title");
            var severity = Severity(body, id);
            var chain = Items(body, id);
            var stated = Stated(body, id, chain);
            var (comparison, expected) = Comparison(body, id, chain);
            var when = Expression(body, id, "when", chain, required: false);
            var tolerance = Tolerance(body, id, chain);
            var message = Message(body, id, chain);
            if (_failed || title is null || chain is null || stated is null || expected is null || message is null) return null;

            var descriptor = new DiagnosticDescriptor(id.Value, severity, title, message.Value.Format);
            return new TieOutDeclaration(descriptor, Text(body, id, "file")!, Text(body, id, "for_each", required: false)?.Split('.') ?? [], stated,
                comparison, expected, when, tolerance, message.Value.Arguments, id.Location);
        }

        private string? Text(DataMapping body, DataScalar id, string key, bool required = true)
        {
            var node = body.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value;
            if (node is DataScalar { IsNull: false } scalar) return scalar.Value;
            if (node is null && !required) return null;
            if (node is null) Report(ProfileDiagnostics.MissingKey, id.Location, $"tie-out {id.Value}", key);
            else Report(ProfileDiagnostics.WrongValue, node.Location, key, "text", node.Describe());
            return null;
        }

        private SourceLocation At(DataMapping body, string key) =>
            body.Entries.FirstOrDefault(e => e.Key.Value == key)?.Value.Location ?? body.Location;

        private Severity Severity(DataMapping body, DataScalar id)
        {
            var text = Text(body, id, "severity", required: false) ?? "error";
            if (text is "error") return Diagnostics.Severity.Error;
            if (text is "warning") return Diagnostics.Severity.Warning;
            Report(ProfileDiagnostics.WrongValue, At(body, "severity"), "severity", "error or warning", $"`{text}`");
            return Diagnostics.Severity.Error;
        }

        /// <summary>The types from the file's top level down to the items checked, outermost first.</summary>
        private List<ObjectTypeDeclaration>? Items(DataMapping body, DataScalar id)
        {
            var fileName = Text(body, id, "file");
            if (fileName is null) return null;
            var file = files.FirstOrDefault(f => f.Name == fileName);
            if (file is null)
            {
                Report(ProfileDiagnostics.UnknownDataFile, At(body, "file"), fileName, NameSuggestion.DidYouMean(fileName, files.Select(f => f.Name).ToList()));
                return null;
            }

            var chain = new List<ObjectTypeDeclaration> { file };
            foreach (var segment in (Text(body, id, "for_each", required: false) ?? "").Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                if (ObjectOf(chain[^1].Find(segment)?.Type) is not { } next)
                {
                    Report(ProfileDiagnostics.UnknownFieldPath, At(body, "for_each"), segment, $"`{chain[^1].Name}` that holds objects", Hint(segment, chain[^1]));
                    return null;
                }

                chain.Add(next);
            }

            return chain;
        }

        private ObjectTypeDeclaration? ObjectOf(FieldType? type) => type?.ObjectIn(types);

        private string? Stated(DataMapping body, DataScalar id, List<ObjectTypeDeclaration>? chain)
        {
            var stated = Text(body, id, "stated");
            if (stated is null || chain is null) return null;
            if (chain[^1].Find(stated) is not { } field)
            {
                Report(ProfileDiagnostics.UnknownFieldPath, At(body, "stated"), stated, $"`{chain[^1].Name}`", Hint(stated, chain[^1]));
                return null;
            }

            if (field.Type is ScalarType scalar && ValueRange.Of(scalar.Kind) is not null) return stated;
            Report(ProfileDiagnostics.StatedNotANumber, At(body, "stated"), stated, field.Type);
            return null;
        }

        /// <summary>Exactly one of <c>equals</c>, <c>at_least</c> and <c>at_most</c>, and its expression.</summary>
        private (TieOutComparison, ProfileExpression?) Comparison(DataMapping body, DataScalar id, List<ObjectTypeDeclaration>? chain)
        {
            var given = Comparisons.Where(c => body.Entries.Any(e => e.Key.Value == c.Key)).ToList();
            if (given.Count == 1) return (given[0].Comparison, Expression(body, id, given[0].Key, chain, required: true));
            if (given.Count == 0) Report(ProfileDiagnostics.MissingKey, id.Location, $"tie-out {id.Value}", "equals, at_least or at_most");
            else Report(ProfileDiagnostics.WrongValue, At(body, given[1].Key), id.Value, "one of equals, at_least and at_most", string.Join(" and ", given.Select(g => g.Key)));
            return (TieOutComparison.Equals, null);
        }

        private ProfileExpression? Expression(DataMapping body, DataScalar id, string key, List<ObjectTypeDeclaration>? chain, bool required)
        {
            var text = Text(body, id, key, required);
            if (text is null || chain is null) return null;
            var (expression, error) = ProfileExpression.Parse(text);
            if (expression is null)
            {
                Report(ProfileDiagnostics.ExpressionInvalid, At(body, key), text, error);
                return null;
            }

            foreach (var parameter in expression.Parameters) CheckPath(parameter, chain, At(body, key));
            return expression;
        }

        /// <summary>
        /// How far apart the two may be: a number (<c>0.01</c>), or an expression over the item's fields and the data
        /// files (<c>"[beneficial-ownership:percent_tolerance]"</c>), where the filing states its own; zero by default.
        /// </summary>
        private ProfileExpression Tolerance(DataMapping body, DataScalar id, List<ObjectTypeDeclaration>? chain)
        {
            var node = body.Entries.FirstOrDefault(e => e.Key.Value == "tolerance")?.Value;
            if (node is DataScalar { IsPlain: true } scalar &&
                decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
                return ProfileExpression.Parse(scalar.Value).Expression!;
            if (node is DataScalar { IsPlain: false } && Expression(body, id, "tolerance", chain, required: false) is { } expression) return expression;
            if (node is not null && !_failed) Report(ProfileDiagnostics.WrongValue, node.Location, "tolerance", "a number, zero or more, or an expression in quotes", node.Describe());
            return ProfileExpression.Parse("0").Expression!;
        }

        /// <summary>Text between placeholders, its braces doubled so that <see cref="string.Format(string, object?[])"/> prints them as written.</summary>
        private static string Literal(string text) => text.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

        /// <summary>The message with its <c>{name}</c> placeholders numbered for <see cref="string.Format(string, object?[])"/>.</summary>
        private (string Format, IReadOnlyList<MessageArgument> Arguments)? Message(DataMapping body, DataScalar id, List<ObjectTypeDeclaration>? chain)
        {
            var text = Text(body, id, "message");
            if (text is null || chain is null) return null;
            var arguments = new List<MessageArgument>();
            var format = new StringBuilder();
            var last = 0;
            foreach (Match match in Placeholder().Matches(text))
            {
                var path = match.Groups["path"].Value;
                var isPerson = match.Groups["format"].Value == "person";
                if (path is not ("stated" or "computed" or "difference")) CheckPath(path, chain, At(body, "message"));
                format.Append(Literal(text[last..match.Index])).Append('{').Append(arguments.Count.ToString(CultureInfo.InvariantCulture));
                if (match.Groups["format"].Success && !isPerson) format.Append(':').Append(match.Groups["format"].Value);
                format.Append('}');
                arguments.Add(new MessageArgument(path, isPerson));
                last = match.Index + match.Length;
            }

            format.Append(Literal(text[last..]));
            return (format.ToString(), arguments);
        }

        /// <summary>A path of fields from the item (or, after each <c>^</c>, from the item enclosing it).</summary>
        private void CheckPath(string path, List<ObjectTypeDeclaration> chain, SourceLocation at)
        {
            var parsed = FieldPath.Parse(path);
            var depth = parsed.File is null ? parsed.StartIn(chain.Count) : 0;
            if (depth < 0)
            {
                Report(ProfileDiagnostics.UnknownFieldPath, at, path, "any enclosing item", "");
                return;
            }

            ObjectTypeDeclaration? type = parsed.File is { } fileName ? files.FirstOrDefault(f => f.Name == fileName) : chain[depth];
            if (type is null)
            {
                Report(ProfileDiagnostics.UnknownDataFile, at, parsed.File, NameSuggestion.DidYouMean(parsed.File!, files.Select(f => f.Name).ToList()));
                return;
            }

            foreach (var segment in parsed.Fields)
            {
                var field = type?.Find(segment);
                if (field is null)
                {
                    Report(ProfileDiagnostics.UnknownFieldPath, at, path, type is null ? "a value that has no fields" : $"`{type.Name}`", type is null ? "" : Hint(segment, type));
                    return;
                }

                type = ObjectOf(field.Type);
            }
        }

        private static string Hint(string typed, ObjectTypeDeclaration type) =>
            NameSuggestion.DidYouMean(typed, type.Fields.Select(f => f.Key).ToList());
    }
}
