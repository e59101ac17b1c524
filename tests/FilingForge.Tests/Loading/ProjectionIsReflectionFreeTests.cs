using System.Text.RegularExpressions;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The projection exists so the loader compiles ahead of time: none of its code may reach for the reflection the
/// binder uses, or it would fail (or be trimmed away) in the native build instead of here.
/// </summary>
public sealed class ProjectionIsReflectionFreeTests
{
    private static readonly Regex Reflection = new(
        @"System\.Reflection|PropertyInfo|Activator|MakeGenericType|MetadataToken|GetProperties|GetProperty|GetFields|typeof\s*\(",
        RegexOptions.CultureInvariant);

    [Fact]
    public void No_file_of_the_projection_uses_reflection()
    {
        var files = Directory.GetFiles(RepositoryPaths.At("src/FilingForge/Loading/Projection"), "*.cs");
        var uses = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal) && Reflection.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToArray();

        Assert.NotEmpty(files);
        Assert.True(uses.Length == 0, "Reflection in the projection:\n  " + string.Join("\n  ", uses));
    }
}
