using FilingForge.Tests.Support.ModelReflection;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

/// <summary>
/// While the loader still binds the C# model and the profile types the same data, the two must declare the same
/// thing: every member of every model class has a field of a kind its .NET type can hold (shares in a whole number,
/// money in a decimal), and every declared field has its member. Goes with the model classes.
/// </summary>
public class ProfileMatchesModelTests
{
    private static readonly Profile Profile = ProfileReader.Read(RepositoryPaths.At("profiles/" + ProfileCatalog.DefaultProfile), new DiagnosticBag())!;

    [Fact]
    public void Every_member_of_the_model_is_declared_with_a_kind_its_type_can_hold()
    {
        var problems = new List<string>();
        foreach (var kind in DataFileKind.All)
            Compare(ModelShape.For(kind.ModelType), Profile.File(kind.BaseName)!, problems, []);
        Assert.Empty(problems);
    }

    [Fact]
    public void Every_optional_member_starts_at_the_default_its_field_declares()
    {
        var problems = new List<string>();
        foreach (var kind in DataFileKind.All)
            CompareDefaults(ModelShape.For(kind.ModelType), Profile.File(kind.BaseName)!, problems, []);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static void CompareDefaults(ModelShape model, ObjectTypeDeclaration declared, List<string> problems, HashSet<string> seen)
    {
        if (!seen.Add(declared.Name)) return;
        var instance = model.Create();
        foreach (var member in model.Members)
        {
            if (declared.Find(member.Key) is not { } field) continue;
            if (!member.IsRequired && Written(member.Property.GetValue(instance)) != Written(field.Default))
                problems.Add($"{declared.Name}.{member.Key} starts at {Written(member.Property.GetValue(instance))}, declared {Written(field.Default)}");
            if (member.Value.Kind == ValueKind.Object && Profile.Types.TryGetValue(((NamedType)field.Type).Name, out var type))
                CompareDefaults(ModelShape.For(member.Value.ClrType), type, problems, seen);
            else if (member.Value is { Kind: ValueKind.List, Element.Kind: ValueKind.Object } && ((ListType)field.Type).Item is NamedType item)
                CompareDefaults(ModelShape.For(member.Value.Element.ClrType), Profile.Types[item.Name], problems, seen);
        }
    }

    /// <summary>A default as the data would write it: <c>null</c>, <c>false</c>, <c>rule_13d_3</c>, <c>[]</c>, <c>{}</c>.</summary>
    private static string Written(object? value) => value switch
    {
        null => "null",
        bool flag => flag ? "true" : "false",
        int or long or decimal => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
        Enum e => DataKeyNaming.ToDataKey(e.ToString()),
        System.Collections.IDictionary { Count: 0 } => "{}",
        System.Collections.ICollection { Count: 0 } => "[]",
        DataScalar { IsNull: true } => "null",
        DataScalar scalar => scalar.Value,
        DataSequence { Items.Count: 0 } => "[]",
        DataMapping { Entries.Count: 0 } => "{}",
        _ => value.ToString() ?? "?",
    };

    private static void Compare(ModelShape model, ObjectTypeDeclaration declared, List<string> problems, HashSet<string> seen)
    {
        if (!seen.Add(declared.Name)) return;
        foreach (var member in model.Members)
        {
            var field = declared.Find(member.Key);
            if (field is null)
            {
                problems.Add($"{declared.Name}.{member.Key} is not declared");
                continue;
            }

            Compare(member.Value, field.Type, $"{declared.Name}.{member.Key}", problems, seen);
        }

        problems.AddRange(declared.Fields.Where(f => f.Computed is null && model.Find(f.Key) is null).Select(f => $"{declared.Name}.{f.Key} has no model member"));
    }

    private static void Compare(ValueShape shape, FieldType type, string where, List<string> problems, HashSet<string> seen)
    {
        switch (shape.Kind, type)
        {
            case (ValueKind.List, ListType list):
                Compare(shape.Element!, list.Item, where + "[]", problems, seen);
                return;
            case (ValueKind.Dictionary, MapType map):
                Compare(shape.Element!, map.Value, where + "{}", problems, seen);
                return;
            case (ValueKind.Object, NamedType named) when Profile.Types.TryGetValue(named.Name, out var declared):
                Compare(ModelShape.For(shape.ClrType), declared, problems, seen);
                return;
            case (ValueKind.Enum, NamedType named) when Profile.Enumerations.TryGetValue(named.Name, out var enumeration):
                if (!shape.EnumValues.Select(v => v.Key).SequenceEqual(enumeration.Values.Select(v => v.Value)))
                    problems.Add($"{where}: the values of {named.Name} differ");
                return;
            case (_, ScalarType scalar) when Holds(shape.Kind, scalar.Kind):
                return;
            default:
                problems.Add($"{where}: {shape.Kind} cannot hold {type}");
                return;
        }
    }

    private static bool Holds(ValueKind kind, ScalarKind declared) => (kind, declared) switch
    {
        // Counts and years are 32-bit, share counts 64-bit: the widths the binder holds each kind to (FF1025).
        (ValueKind.Int32, ScalarKind.Integer or ScalarKind.Year) => true,
        (ValueKind.Int64, ScalarKind.Shares) => true,
        (ValueKind.Decimal, ScalarKind.Money or ScalarKind.Price or ScalarKind.Percent or ScalarKind.Number) => true,
        (ValueKind.Text, ScalarKind.Text or ScalarKind.Person) => true,
        (ValueKind.Markdown, ScalarKind.Markdown) => true,
        (ValueKind.Boolean, ScalarKind.Boolean) => true,
        (ValueKind.Date, ScalarKind.Date) => true,
        _ => false,
    };
}
