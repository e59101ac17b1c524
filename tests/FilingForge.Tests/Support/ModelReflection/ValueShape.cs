using System.Reflection;
using FilingForge.Model;

using FilingForge.Loading;

namespace FilingForge.Tests.Support.ModelReflection;

/// <summary>The kinds of value a data file can hold; every member type of the model is one of them.</summary>
internal enum ValueKind
{
    Text,
    Markdown,
    Int32,
    Int64,
    Decimal,
    Boolean,
    Date,
    Enum,
    List,
    Dictionary,
    Object,
}

/// <summary>
/// What the binder expects at one place in the model: the kind of value, whether null is allowed, and for lists and
/// dictionaries the shape of their elements. Built once per member by reflection and cached with its <see cref="ModelShape"/>.
/// </summary>
internal sealed class ValueShape
{
    private ValueShape(ValueKind kind, Type clrType, bool isNullable)
    {
        Kind = kind;
        ClrType = clrType;
        IsNullable = isNullable;
    }

    public ValueKind Kind { get; }

    /// <summary>The type the value is stored as, with <see cref="Nullable{T}"/> removed.</summary>
    public Type ClrType { get; }

    public bool IsNullable { get; }

    /// <summary>The elements of a list or the values of a dictionary.</summary>
    public ValueShape? Element { get; private init; }

    /// <summary>Data spelling of each value of an enum, in declaration order.</summary>
    public IReadOnlyList<KeyValuePair<string, object>> EnumValues { get; private init; } = [];

    /// <summary>How an error message names what was expected.</summary>
    public string Expectation => Kind switch
    {
        ValueKind.Text or ValueKind.Markdown => "text",
        ValueKind.Int32 or ValueKind.Int64 => "a whole number",
        ValueKind.Decimal => "a number",
        ValueKind.Boolean => "true or false",
        ValueKind.Date => "a date (yyyy-mm-dd)",
        ValueKind.Enum => "one of: " + string.Join(", ", EnumValues.Select(v => v.Key)),
        ValueKind.List => "a list",
        _ => "a mapping",
    };

    /// <summary>The shape of a whole file: a model class, never null.</summary>
    public static ValueShape OfRoot(Type type) =>
        type.IsSubclassOf(typeof(ModelNode)) && !type.IsAbstract
            ? new(ValueKind.Object, type, isNullable: false)
            : throw new ArgumentException($"A data file binds to a model class, not {type}.", nameof(type));

    public static ValueShape Of(Type type, NullabilityInfo nullability, bool readState = false)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Of(underlying, nullable: true, nullability);
        var state = readState ? nullability.ReadState : nullability.WriteState;
        return Of(type, state == NullabilityState.Nullable, nullability);
    }

    private static ValueShape Of(Type type, bool nullable, NullabilityInfo nullability)
    {
        if (type == typeof(string)) return new(ValueKind.Text, type, nullable);
        if (type == typeof(MarkdownText)) return new(ValueKind.Markdown, type, nullable);
        if (type == typeof(int)) return new(ValueKind.Int32, type, nullable);
        if (type == typeof(long)) return new(ValueKind.Int64, type, nullable);
        if (type == typeof(decimal)) return new(ValueKind.Decimal, type, nullable);
        if (type == typeof(bool)) return new(ValueKind.Boolean, type, nullable);
        if (type == typeof(DateOnly)) return new(ValueKind.Date, type, nullable);
        if (type.IsEnum) return new(ValueKind.Enum, type, nullable) { EnumValues = EnumValuesOf(type) };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return new(ValueKind.List, type, nullable) { Element = ElementOf(type, nullability, 0) };
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Dictionary<,>) &&
            type.GetGenericArguments()[0] == typeof(string))
            return new(ValueKind.Dictionary, type, nullable) { Element = ElementOf(type, nullability, 1) };
        if (type.IsSubclassOf(typeof(ModelNode)) && !type.IsAbstract) return new(ValueKind.Object, type, nullable);

        // A model member of a type the loader cannot read is a programming error, found by the shape tests.
        throw new NotSupportedException($"The loader cannot bind members of type {type}.");
    }

    private static ValueShape ElementOf(Type type, NullabilityInfo nullability, int argument)
    {
        var arguments = nullability.GenericTypeArguments;
        var elementType = type.GetGenericArguments()[argument];
        return arguments.Length > argument
            ? Of(elementType, arguments[argument], readState: true)
            : Of(elementType, nullable: false, nullability);
    }

    private static KeyValuePair<string, object>[] EnumValuesOf(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .OrderBy(f => f.MetadataToken)
            .Select(f => KeyValuePair.Create(DataKeyNaming.ToDataKey(f.Name), f.GetValue(null)!))
            .ToArray();
}
