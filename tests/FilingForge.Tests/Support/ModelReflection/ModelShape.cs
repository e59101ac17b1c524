using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

using FilingForge.Loading;

namespace FilingForge.Tests.Support.ModelReflection;

/// <summary>
/// A model class as reflection sees it (test support: the loader binds by the profile, without reflection; these tests
/// keep the typed model, which the projection fills, equal to the profile): its data keys, which are required, and what each holds.
/// Reflection runs once per type; the shapes are cached for the life of the process.
/// </summary>
internal sealed class ModelShape
{
    private static readonly ConcurrentDictionary<Type, ModelShape> Cache = new();

    private readonly Dictionary<string, MemberShape> _byKey;

    private ModelShape(Type type, IReadOnlyList<MemberShape> members)
    {
        Type = type;
        Members = members;
        _byKey = members.ToDictionary(m => m.Key, StringComparer.Ordinal);
    }

    public Type Type { get; }

    /// <summary>Members in declaration order, which is also the order keys are suggested in.</summary>
    public IReadOnlyList<MemberShape> Members { get; }

    public IEnumerable<string> Keys => Members.Select(m => m.Key);

    public static ModelShape For(Type type) => Cache.GetOrAdd(type, Build);

    public MemberShape? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>
    /// Runs the constructor, so members with initializers start at their defaults. <c>required</c> is a compile-time
    /// rule; the binder enforces it itself with a diagnostic per missing key.
    /// </summary>
    public object Create() => Activator.CreateInstance(Type)!;

    private static ModelShape Build(Type type)
    {
        // NullabilityInfoContext is not thread-safe; one per build keeps the cache safe to fill concurrently.
        var nullability = new NullabilityInfoContext();
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select((p, index) => new MemberShape(
                index,
                p,
                DataKeyNaming.ToDataKey(p.Name),
                p.IsDefined(typeof(RequiredMemberAttribute)),
                ValueShape.Of(p.PropertyType, nullability.Create(p))))
            .ToArray();
        return new ModelShape(type, members);
    }
}

/// <summary>One settable property of a model class and the data key it is written as.</summary>
internal sealed record MemberShape(int Index, PropertyInfo Property, string Key, bool IsRequired, ValueShape Value);
