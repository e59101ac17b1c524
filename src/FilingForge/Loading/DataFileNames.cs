namespace FilingForge.Loading;

/// <summary>
/// How a data file is named: its base name as the profile declares it (<c>auditor-fees</c>) with one of the accepted
/// extensions, so <c>auditor-fees.yaml</c>, <c>auditor-fees.yml</c> and <c>auditor-fees.json</c> are the same file.
/// </summary>
public static class DataFileNames
{
    /// <summary>Accepted extensions, in the order a message lists them.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".yaml", ".yml", ".json"];

    /// <summary>The names a file of <paramref name="baseName"/> may have, in the order of <see cref="Extensions"/>.</summary>
    public static IEnumerable<string> Of(string baseName) => Extensions.Select(e => baseName + e);

    /// <summary>The base name of a file with an accepted extension (<c>auditor-fees.json</c> → <c>auditor-fees</c>), or null.</summary>
    public static string? BaseNameOf(string fileName)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name);
        return Extensions.Contains(extension, StringComparer.Ordinal) ? name[..^extension.Length] : null;
    }
}
