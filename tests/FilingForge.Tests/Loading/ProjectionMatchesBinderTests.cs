using System.Collections;
using System.Globalization;
using System.Reflection;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Model;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Loading;

/// <summary>
/// The hand-written projection (<c>Loading/Projection/</c>) builds the same <see cref="Filing"/> the reflection binder
/// does: every property value, list, dictionary, <see cref="ModelNode.Location"/>, <see cref="ModelNode.DataPath"/>
/// and <see cref="ModelNode.LocationOf"/> of every property, for the sample and every fixture under <c>tests/</c> that
/// loads without errors. Temporary scaffolding: it compares against <see cref="ModelBinder"/>, so it goes when the
/// reflection binder goes. Reflection here is test code only.
/// </summary>
public sealed class ProjectionMatchesBinderTests : IDisposable
{
    private static readonly string Fixtures = RepositoryPaths.At("tests/FilingForge.Tests/Fixtures");
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("filingforge-projection-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [SampleDataFact]
    public void The_projected_model_equals_the_bound_model_for_the_sample() =>
        AssertNoDifferences(Differences(RepositoryPaths.SampleData) ?? throw new InvalidOperationException("the sample does not load"));

    [Fact]
    public void The_projected_model_equals_the_bound_model_for_the_minimal_filing_where_every_optional_field_is_left_out()
    {
        var folder = Folder("minimal");
        MinimalFiling.WriteTo(folder);

        AssertNoDifferences(Differences(folder) ?? throw new InvalidOperationException("the minimal filing does not load"));
    }

    [Fact]
    public void The_projected_model_equals_the_bound_model_for_every_loadable_fixture()
    {
        var loaded = new List<string>();
        var differences = new List<string>();
        foreach (var (name, folder) in FixtureFolders())
        {
            if (Differences(folder) is not { } found) continue;
            loaded.Add(name);
            differences.AddRange(found.Select(d => $"{name}: {d}"));
        }

        Assert.True(loaded.Count >= 3, $"Only these fixtures load, too few to compare: {string.Join(", ", loaded)}");
        AssertNoDifferences(differences);
    }

    [Fact]
    public void The_comparison_finds_a_moved_field()
    {
        var projected = Folder("projected");
        MinimalFiling.WriteTo(projected);
        var bound = Folder("bound");
        MinimalFiling.WriteTo(bound);
        var company = Path.Combine(bound, "company.yaml");
        File.WriteAllText(company, "# one line down\n" + File.ReadAllText(company));

        var filing = FilingLoader.Load(projected, new DiagnosticBag())!;
        var differences = new List<string>();
        Compare(Bind(Kind("company"), bound), Kind("company").Property.GetValue(filing), "company", differences);

        Assert.Contains(differences, d => d.StartsWith("company.Location", StringComparison.Ordinal));
        Assert.Contains(differences, d => d.StartsWith("company.LocationOf(Name)", StringComparison.Ordinal));
    }

    /// <summary>
    /// The sample's fixtures laid over a copy of the sample, and every folder case of <c>Loading/Cases</c> plus every
    /// single data file case laid over a minimal filing. Generated cases are left out: they are malformed by design
    /// (and one is 50 MB).
    /// </summary>
    private IEnumerable<(string Name, string Folder)> FixtureFolders()
    {
        if (Directory.Exists(RepositoryPaths.SampleData))
            foreach (var fixture in Directory.GetDirectories(Fixtures).Order(StringComparer.Ordinal))
                yield return ($"Fixtures/{Path.GetFileName(fixture)}", OverSample(fixture));

        foreach (var name in LoadCase.Names)
        {
            var caseDirectory = Path.Combine(LoadCase.CasesDirectory, name);
            if (Directory.Exists(Path.Combine(caseDirectory, "filing")))
            {
                using var input = LoadCase.Prepare(name);
                yield return ($"Cases/{name}", Copy(input.Input, Folder(name)));
            }
            else if (SingleDataFile(caseDirectory) is { } file)
            {
                yield return ($"Cases/{name}", OverMinimal(name, file));
            }
        }
    }

    private static string? SingleDataFile(string caseDirectory)
    {
        if (File.Exists(Path.Combine(caseDirectory, "generate.txt")) || File.Exists(Path.Combine(caseDirectory, "target.txt"))) return null;
        var inputs = Directory.GetFiles(caseDirectory).Where(f => Path.GetFileName(f) != "expected.txt").ToArray();
        return inputs.Length == 1 && DataFileKind.ForFileName(inputs[0]) is not null ? inputs[0] : null;
    }

    private string OverSample(string fixture)
    {
        var folder = Copy(RepositoryPaths.SampleData, Folder(Path.GetFileName(fixture)));
        foreach (var file in Directory.GetFiles(fixture).Where(f => !Path.GetFileName(f).StartsWith("README", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        return folder;
    }

    private string OverMinimal(string name, string file)
    {
        var folder = Folder(name);
        MinimalFiling.WriteTo(folder);
        foreach (var other in DataFileKind.ForFileName(file)!.FileNames) File.Delete(Path.Combine(folder, other));
        File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        return folder;
    }

    private static string Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        return to;
    }

    private string Folder(string name) => Path.Combine(_scratch.FullName, name);

    /// <summary>Every difference between the loaded (projected) filing and its files bound by reflection; null when it does not load.</summary>
    private static List<string>? Differences(string folder)
    {
        var diagnostics = new DiagnosticBag();
        if (FilingLoader.Load(folder, diagnostics) is not { } filing) return null;

        var differences = new List<string>();
        if (filing.Directory != folder) differences.Add($"Directory is {filing.Directory}, not {folder}");
        foreach (var kind in DataFileKind.All)
            Compare(Bind(kind, folder), kind.Property.GetValue(filing), kind.BaseName, differences);
        return differences;
    }

    private static ModelNode Bind(DataFileKind kind, string folder)
    {
        var path = kind.FileNames.Select(n => Path.Combine(folder, n)).Single(File.Exists);
        var diagnostics = new DiagnosticBag();
        return FilingLoader.LoadFile(kind.ModelType, path, diagnostics)
               ?? throw new InvalidOperationException($"{path} does not bind: {string.Join("; ", diagnostics.Sorted())}");
    }

    private static DataFileKind Kind(string baseName) => DataFileKind.All.Single(k => k.BaseName == baseName);

    private static void Compare(object? bound, object? projected, string path, List<string> differences)
    {
        if (bound is null || projected is null)
        {
            if (bound != projected) differences.Add($"{path}: bound {Show(bound)}, projected {Show(projected)}");
            return;
        }

        if (bound.GetType() != projected.GetType())
        {
            differences.Add($"{path}: bound is a {bound.GetType().Name}, projected a {projected.GetType().Name}");
            return;
        }

        switch (bound)
        {
            case ModelNode node:
                CompareNodes(node, (ModelNode)projected, path, differences);
                break;
            case IDictionary dictionary:
                CompareDictionaries(dictionary, (IDictionary)projected, path, differences);
                break;
            case IList list:
                CompareLists(list, (IList)projected, path, differences);
                break;
            default:
                // decimal's Equals ignores scale, but 1.50 and 1.5 print differently; compare the digits too.
                if (!Equals(bound, projected) || Show(bound) != Show(projected))
                    differences.Add($"{path}: bound {Show(bound)}, projected {Show(projected)}");
                break;
        }
    }

    private static void CompareNodes(ModelNode bound, ModelNode projected, string path, List<string> differences)
    {
        if (projected.Source is not { } source || source.Path != projected.DataPath || source.Location != projected.Location)
            differences.Add($"{path}: the projected object's Source is not the value it was projected from");

        foreach (var property in bound.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare(property.GetValue(bound), property.GetValue(projected), $"{path}.{property.Name}", differences);
            var (boundAt, projectedAt) = (bound.LocationOf(property.Name), projected.LocationOf(property.Name));
            if (boundAt != projectedAt) differences.Add($"{path}.LocationOf({property.Name}): bound {boundAt}, projected {projectedAt}");
        }
    }

    private static void CompareLists(IList bound, IList projected, string path, List<string> differences)
    {
        if (bound.Count != projected.Count) differences.Add($"{path}: bound has {bound.Count} items, projected {projected.Count}");
        for (var i = 0; i < Math.Min(bound.Count, projected.Count); i++) Compare(bound[i], projected[i], $"{path}[{i}]", differences);
    }

    /// <summary>In order as well as by key: templates print the entries in their order.</summary>
    private static void CompareDictionaries(IDictionary bound, IDictionary projected, string path, List<string> differences)
    {
        var boundKeys = bound.Keys.Cast<object>().ToArray();
        var projectedKeys = projected.Keys.Cast<object>().ToArray();
        if (!boundKeys.SequenceEqual(projectedKeys))
            differences.Add($"{path}: bound keys {string.Join(", ", boundKeys)}, projected {string.Join(", ", projectedKeys)}");
        foreach (var key in boundKeys.Intersect(projectedKeys)) Compare(bound[key], projected[key], $"{path}.{key}", differences);
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static void AssertNoDifferences(IReadOnlyCollection<string> differences) =>
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n  {string.Join("\n  ", differences.Take(50))}");
}
