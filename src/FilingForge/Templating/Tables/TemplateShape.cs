using FilingForge.Profiles;

namespace FilingForge.Templating.Tables;

/// <summary>
/// What a path of the template context can reach, known before any data is read: each data file as its profile
/// declares it (with the <c>_record</c> of each person id, as <see cref="TemplateDataTree"/> adds it) and the derived
/// rows under <c>computed</c> (<see cref="ComputedShape"/>). A table definition's paths are resolved against it, so a
/// column that reads nothing is reported for every filing, not only for one whose data happens to have a row.
/// </summary>
internal abstract record TemplateShape
{
    /// <summary>A value with nothing inside it to follow: text, a number, a date, a flag, an enumeration's value.</summary>
    public sealed record Value : TemplateShape;

    public sealed record Object(IReadOnlyDictionary<string, TemplateShape> Fields) : TemplateShape;

    public sealed record List(TemplateShape Item) : TemplateShape;

    /// <summary>A dictionary by id (<c>computed.people_by_id</c>); any key reaches its value.</summary>
    public sealed record Map(TemplateShape Item) : TemplateShape;

    public static readonly TemplateShape Scalar = new Value();

    /// <summary>
    /// What <paramref name="path"/> (dotted keys; a number selects a list item) reaches from this shape; or null, with
    /// the segment that names nothing and the shape it was looked for in.
    /// </summary>
    public (TemplateShape? Shape, string? Missing, TemplateShape? Where) Follow(string path)
    {
        var shape = this;
        foreach (var segment in path.Split('.'))
        {
            var next = Step(shape, segment);
            if (next is null) return (null, segment, shape);
            shape = next;
        }

        return (shape, null, null);
    }

    /// <summary>
    /// The shape of one row of a <c>rows:</c> path (<see cref="RowPath"/>): a path through a list of objects steps into
    /// its items, and a row reached through an enclosing item has that item's shape under <c>^</c>. Null, with the
    /// segment that names nothing, when the path reaches nothing; a path that ends at one value or object gives it
    /// (the caller says that it is no list).
    /// </summary>
    public (TemplateShape? Shape, bool IsList, string? Missing, TemplateShape? Where) FollowRows(string path)
    {
        TemplateShape shape = this;
        Object? enclosing = null;
        foreach (var segment in path.Split('.'))
        {
            // A key after a list of objects steps into its items, which the rows below then see under ^.
            if (shape is List { Item: Object item } && !segment.All(char.IsAsciiDigit))
            {
                enclosing = WithEnclosing(item, enclosing);
                shape = item;
            }

            var next = Step(shape, segment);
            if (next is null) return (null, false, segment, shape);
            shape = next;
        }

        if (shape is not List { Item: var row }) return (shape, false, null, null);
        return (row is Object rowObject ? WithEnclosing(rowObject, enclosing) : row, true, null, null);
    }

    /// <summary>What one segment of a path reaches from a shape: a field, a list's item by index, a map's value.</summary>
    private static TemplateShape? Step(TemplateShape shape, string segment) => shape switch
    {
        Object item => item.Fields.GetValueOrDefault(segment),
        List list when segment.All(char.IsAsciiDigit) => list.Item,
        Map map => map.Item,
        _ => null,
    };

    private static Object WithEnclosing(Object item, Object? enclosing) =>
        enclosing is null ? item : new Object(new Dictionary<string, TemplateShape>(item.Fields, StringComparer.Ordinal) { [RowPath.Enclosing] = enclosing });

    /// <summary>The template context of a filing in <paramref name="profile"/>: its data files by key, and <c>computed</c>.</summary>
    public static Object Of(Profile profile)
    {
        var types = new DeclaredShapes(profile);
        var fields = profile.Files.ToDictionary(f => f.Name.Replace('-', '_'), f => (TemplateShape)types.Of(f), StringComparer.Ordinal);
        fields["computed"] = ComputedShape.Of(types);
        return new Object(fields);
    }
}
