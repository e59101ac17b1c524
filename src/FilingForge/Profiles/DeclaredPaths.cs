using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// Resolves a data path written from the top of the filing (<c>meeting.notice_date</c>: a data file, then its fields)
/// against the profile's declarations, reporting the segment that names nothing with a suggestion.
/// </summary>
internal sealed class DeclaredPaths(IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types)
{
    public IReadOnlyList<DataFileDeclaration> Files { get; } = files;

    /// <summary>
    /// A path that ends at one value (text, a number, a date, an enumeration's value), through objects only; when
    /// <paramref name="kind"/> is given, a value of that kind, described by <paramref name="expected"/> in the message.
    /// </summary>
    public DataFieldPath? Scalar(string text, SourceLocation at, Action<DiagnosticDescriptor, SourceLocation, object?[]> report,
        Func<FieldType, bool>? kind = null, string expected = "a single value")
    {
        var resolved = Resolve(text, at, report);
        if (resolved is null) return null;
        var type = resolved.Value.Field.Type;
        if (IsSingleValue(type) && (kind is null || kind(type))) return resolved.Value.Path;
        report(ProfileDiagnostics.UnknownFieldPath, at, [text, expected, $"; it is {type}"]);
        return null;
    }

    /// <summary>A scalar kind, or a named type that is not an object type: an enumeration.</summary>
    public bool IsSingleValue(FieldType type) => type is ScalarType || (type is NamedType named && !types.ContainsKey(named.Name));

    /// <summary>The declared type at the end of a path <see cref="Scalar"/> accepted.</summary>
    public FieldType TypeOf(DataFieldPath path)
    {
        ObjectTypeDeclaration type = Files.First(f => f.Name == path.File);
        foreach (var segment in path.Fields[..^1]) type = types[((NamedType)type.Find(segment)!.Type).Name];
        return type.Find(path.Fields[^1])!.Type;
    }

    /// <summary>A path that ends at a list of objects, and the declared type of its items.</summary>
    public (DataFieldPath Path, ObjectTypeDeclaration Type)? Items(string text, SourceLocation at, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var resolved = Resolve(text, at, report);
        if (resolved is null) return null;
        if (resolved.Value.Field.Type is ListType { Item: NamedType named } && types.TryGetValue(named.Name, out var item)) return (resolved.Value.Path, item);
        report(ProfileDiagnostics.UnknownFieldPath, at, [text, "a list of objects", $"; it is {resolved.Value.Field.Type}"]);
        return null;
    }

    /// <summary>
    /// Whether the path names a declared field, following objects and the items of lists
    /// (<c>summary-compensation.officers.years.salary</c>).
    /// </summary>
    public bool Declares(string text)
    {
        var segments = text.Split('.');
        ObjectTypeDeclaration? type = Files.FirstOrDefault(f => f.Name == segments[0]);
        for (var i = 1; i < segments.Length; i++)
        {
            var field = type?.Find(segments[i]);
            if (field is null) return false;
            type = field.Type.ObjectIn(types);
        }

        return segments.Length > 1 || type is not null;
    }


    private (DataFieldPath Path, FieldDeclaration Field)? Resolve(string text, SourceLocation at, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var segments = text.Split('.');
        var file = Files.FirstOrDefault(f => f.Name == segments[0]);
        if (file is null || segments.Length < 2)
        {
            report(ProfileDiagnostics.UnknownDataFile, at, [segments[0], file is null ? NameSuggestion.DidYouMean(segments[0], Files.Select(f => f.Name).ToList()) : "; name a field of it too"]);
            return null;
        }

        ObjectTypeDeclaration type = file;
        FieldDeclaration? field = null;
        for (var i = 1; i < segments.Length; i++)
        {
            field = type.Find(segments[i]);
            if (field is null)
            {
                report(ProfileDiagnostics.UnknownFieldPath, at, [text, $"`{type.Name}`", Hint(segments[i], type)]);
                return null;
            }

            if (i < segments.Length - 1)
            {
                if (field.Type is not NamedType named || !types.TryGetValue(named.Name, out var next))
                {
                    report(ProfileDiagnostics.UnknownFieldPath, at, [text, $"`{type.Name}`", $"; `{segments[i]}` is {field.Type}, which has no fields to follow"]);
                    return null;
                }

                type = next;
            }
        }

        return (new DataFieldPath(text, segments[0], segments[1..]), field!);
    }

    public static string Hint(string typed, ObjectTypeDeclaration type) =>
        NameSuggestion.DidYouMean(typed, type.Fields.Select(f => f.Key).ToList());
}
