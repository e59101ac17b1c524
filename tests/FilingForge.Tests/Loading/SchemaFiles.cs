using System.Reflection;
using FilingForge.Loading;
using FilingForge.Model;

namespace FilingForge.Tests.Loading;

/// <summary>The data files of a filing, derived from <see cref="Filing"/>: one per property except Name and Directory.</summary>
internal static class SchemaFiles
{
    private static readonly string[] NotDataFiles = [nameof(Filing.Name), nameof(Filing.Directory)];

    /// <summary>(file name without extension, model class), such as ("director-compensation", DirectorCompensationFile).</summary>
    public static IReadOnlyList<(string File, Type Class)> DataFiles { get; } =
        typeof(Filing).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => !NotDataFiles.Contains(p.Name))
            .Select(p => (DataKeyNaming.ToDataKey(p.Name).Replace('_', '-'), p.PropertyType))
            .ToArray();

    public static IEnumerable<string> DataFileNames => DataFiles.Select(f => f.File);
}
