using System.Reflection;
using FilingForge.Model;

using FilingForge.Loading;

namespace FilingForge.Tests.Support.ModelReflection;

/// <summary>
/// One data file of a filing folder: <see cref="Filing.AuditorFees"/> is read from <c>auditor-fees.yaml</c>,
/// <c>auditor-fees.yml</c> or <c>auditor-fees.json</c> into an <see cref="AuditorFeesFile"/>.
/// </summary>
public sealed class DataFileKind
{
    /// <summary>Accepted extensions, in the order a message lists them.</summary>
    public static readonly IReadOnlyList<string> Extensions = DataFileNames.Extensions;

    /// <summary>Every data file of a filing, in the order of <see cref="Filing"/>'s properties.</summary>
    public static IReadOnlyList<DataFileKind> All { get; } = typeof(Filing)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.PropertyType.IsSubclassOf(typeof(ModelNode)))
        .OrderBy(p => p.MetadataToken)
        .Select(p => new DataFileKind(p))
        .ToArray();

    private DataFileKind(PropertyInfo property)
    {
        Property = property;
        BaseName = DataKeyNaming.ToDataKey(property.Name).Replace('_', '-');
    }

    /// <summary>The file name without extension, such as <c>auditor-fees</c>.</summary>
    public string BaseName { get; }

    public Type ModelType => Property.PropertyType;

    public IEnumerable<string> FileNames => Extensions.Select(e => BaseName + e);

    internal PropertyInfo Property { get; }

    /// <summary>The kind a file name such as <c>auditor-fees.json</c> belongs to, if any.</summary>
    public static DataFileKind? ForFileName(string fileName) =>
        All.FirstOrDefault(k => k.FileNames.Contains(Path.GetFileName(fileName), StringComparer.Ordinal));

    public override string ToString() => BaseName;
}
