namespace FilingForge.Loading.Projection;

/// <summary>
/// The values of enumeration <typeparamref name="T"/> by their data spelling (<c>rule_13d_3</c> for
/// <see cref="FilingForge.Model.PercentBasis.Rule13d3"/>). The spelling is the member name through
/// <see cref="DataKeyNaming"/>, the binder's rule, so the two agree by construction; <see cref="Enum.GetNames{TEnum}"/>
/// and <see cref="Enum.Parse{TEnum}(string)"/> need no reflection a trimmed, ahead-of-time build lacks.
/// </summary>
internal static class EnumSpelling<T> where T : struct, Enum
{
    private static readonly Dictionary<string, T> ByKey =
        Enum.GetNames<T>().ToDictionary(DataKeyNaming.ToDataKey, name => Enum.Parse<T>(name), StringComparer.Ordinal);

    /// <summary>The value spelled <paramref name="spelling"/>, or null when the enumeration has none.</summary>
    public static T? Find(string spelling) => ByKey.TryGetValue(spelling, out var value) ? value : null;
}
