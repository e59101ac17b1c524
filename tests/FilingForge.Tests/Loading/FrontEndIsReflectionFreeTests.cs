using System.Text.RegularExpressions;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The front end binds, checks and computes by the profile's declarations so the tool compiles ahead of time: none of
/// the code of those stages may reach for reflection, or it would fail (or be trimmed away) in the native build
/// instead of here.
/// </summary>
public sealed class FrontEndIsReflectionFreeTests
{
    /// <summary>
    /// A bare <c>typeof(object)</c> is a type token, not reflection (Scriban's accessor and function interfaces ask for
    /// one); looking into a type through it, <c>typeof(T).GetMethod(…)</c>, is.
    /// </summary>
    private static readonly Regex Reflection = new(
        @"System\.Reflection|PropertyInfo|Activator|MakeGenericType|MetadataToken|GetProperties|GetProperty|GetFields|typeof\s*\([^()]*\)\s*\.",
        RegexOptions.CultureInvariant);

    private static readonly string[] Stages = ["Loading", "Values", "Profiles", "Checks", "Computation", "Templating"];

    [Fact]
    public void No_file_of_Load_Check_Compute_or_Template_uses_reflection()
    {
        var files = Stages.SelectMany(s => Directory.GetFiles(RepositoryPaths.At("src/FilingForge/" + s), "*.cs", SearchOption.AllDirectories)).ToArray();
        var uses = files
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetRelativePath(RepositoryPaths.Root, f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("///", StringComparison.Ordinal) && Reflection.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToArray();

        Assert.NotEmpty(files);
        Assert.True(uses.Length == 0, "Reflection in the front end:\n  " + string.Join("\n  ", uses));
    }
}
