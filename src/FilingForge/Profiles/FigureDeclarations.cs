using FilingForge.Diagnostics;

namespace FilingForge.Profiles;

/// <summary>
/// Resolves every derived figure's expression against the declarations once they are all read: each path must name
/// fields of the figure's own item, of the item it is inside (<c>^year</c>: a figure is evaluated wherever its type is
/// used, so the field must be there in every type that holds it), or of a data file it names
/// (<c>meeting:shares_outstanding</c>), and no figure may depend, through others, on itself.
/// </summary>
internal static class FigureDeclarations
{
    private readonly record struct Figure(ObjectTypeDeclaration Owner, FieldDeclaration Field)
    {
        public override string ToString() => $"{Owner.Name}.{Field.Key}";
    }

    public static void Check(IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types,
        Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var dependencies = new Dictionary<Figure, List<Figure>>();
        foreach (var owner in files.Concat(types.Values))
        foreach (var field in owner.Fields.Where(f => f.Computed is not null))
            dependencies[new Figure(owner, field)] = field.Computed!.Parameters
                .SelectMany(p => Resolve(p, owner, field, files, types, report))
                .ToList();
        ReportCycles(dependencies, report);
    }

    /// <summary>The figures a path reads on its way (an expression may sum a list's figure), after checking it names fields.</summary>
    private static IEnumerable<Figure> Resolve(string path, ObjectTypeDeclaration owner, FieldDeclaration figure, IReadOnlyList<DataFileDeclaration> files,
        IReadOnlyDictionary<string, ObjectTypeDeclaration> types, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var parsed = FieldPath.Parse(path);
        if (parsed.StepsOut > 0)
        {
            var enclosing = Enclosing([owner], parsed.StepsOut, files, types);
            if (enclosing.Count == 0)
                report(ProfileDiagnostics.UnknownFieldPath, figure.ComputedLocation,
                    [path, $"`{owner.Name}`", $"; no type holds `{owner.Name}` {parsed.StepsOut} level(s) up, so `^` reaches nothing"]);
            return enclosing.SelectMany(e => Follow(path, parsed.Fields, e, figure, types, report)).ToList();
        }

        ObjectTypeDeclaration? type = owner;
        if (parsed.File is { } fileName && (type = files.FirstOrDefault(f => f.Name == fileName)) is null)
        {
            report(ProfileDiagnostics.UnknownDataFile, figure.ComputedLocation, [fileName, NameSuggestion.DidYouMean(fileName, files.Select(f => f.Name).ToList())]);
            return [];
        }

        return Follow(path, parsed.Fields, type, figure, types, report);
    }

    /// <summary>The types (and data files) that hold one of <paramref name="held"/> in a field, <paramref name="steps"/> levels up.</summary>
    private static IReadOnlyList<ObjectTypeDeclaration> Enclosing(IReadOnlyList<ObjectTypeDeclaration> held, int steps,
        IReadOnlyList<DataFileDeclaration> files, IReadOnlyDictionary<string, ObjectTypeDeclaration> types)
    {
        for (var step = 0; step < steps; step++)
            held = files.Concat(types.Values)
                .Where(t => t.Fields.Any(f => f.Type.ObjectIn(types) is { } inner && held.Contains(inner)))
                .Distinct()
                .ToList();
        return held;
    }

    private static IEnumerable<Figure> Follow(string path, IReadOnlyList<string> fields, ObjectTypeDeclaration? type, FieldDeclaration figure,
        IReadOnlyDictionary<string, ObjectTypeDeclaration> types, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var read = new List<Figure>();
        foreach (var segment in fields)
        {
            if (type?.Find(segment) is not { } field)
            {
                var hint = type is null ? "" : NameSuggestion.DidYouMean(segment, type.Fields.Select(f => f.Key).ToList());
                report(ProfileDiagnostics.UnknownFieldPath, figure.ComputedLocation, [path, type is null ? "a value that has no fields" : $"`{type.Name}`", hint]);
                return [];
            }

            if (field.Computed is not null) read.Add(new Figure(type, field));
            type = field.Type.ObjectIn(types);
        }

        return read;
    }


    /// <summary>Depth-first search; each cycle is reported once, at the figure it is found from.</summary>
    private static void ReportCycles(Dictionary<Figure, List<Figure>> dependencies, Action<DiagnosticDescriptor, SourceLocation, object?[]> report)
    {
        var done = new HashSet<Figure>();
        var path = new List<Figure>();
        foreach (var figure in dependencies.Keys) Visit(figure);

        void Visit(Figure figure)
        {
            if (done.Contains(figure)) return;
            var at = path.IndexOf(figure);
            if (at >= 0)
            {
                var cycle = string.Join(" → ", path.Skip(at).Append(figure));
                report(ProfileDiagnostics.FigureCycle, figure.Field.ComputedLocation, [figure.ToString(), cycle]);
                return;
            }

            path.Add(figure);
            foreach (var next in dependencies.GetValueOrDefault(figure) ?? []) Visit(next);
            path.RemoveAt(path.Count - 1);
            done.Add(figure);
        }
    }
}
