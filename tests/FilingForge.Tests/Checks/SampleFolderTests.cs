using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FilingForge.Checks;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Model;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Checks;

/// <summary>
/// The data folder <c>Checks/Sample/</c> holds the filing <see cref="SampleModel.Build"/> builds in C#, written in the
/// profile's YAML: it loads cleanly, checks as the C# sample does, and projects to the same model, field for field.
/// </summary>
public sealed class SampleFolderTests
{
    private static string Folder => RepositoryPaths.At("tests/FilingForge.Tests/Checks/Sample");

    [Fact]
    public void The_sample_folder_loads_without_a_diagnostic()
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(Folder, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        Assert.NotNull(filing);
    }

    [Fact]
    public void The_sample_folder_checks_clean()
    {
        var filing = Load();
        var bag = new DiagnosticBag();
        FilingChecker.Check(filing, bag);

        // The C# sample is expected to report nothing (SampleModelTests); whatever it reports, the folder reports too.
        var expected = SampleModel.Check(SampleModel.Build()).Items.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        var actual = bag.Items.Select(d => d.Id).Order(StringComparer.Ordinal).ToArray();
        Assert.True(expected.SequenceEqual(actual),
            $"expected [{string.Join(", ", expected)}], the folder reported:\n{string.Join("\n", bag.Sorted().Select(d => d.ToString()))}");
    }

    [Fact]
    public void The_sample_folder_is_the_sample_model()
    {
        var expected = JsonSerializer.Serialize(SampleModel.Build(), Options);
        var actual = JsonSerializer.Serialize(Load(), Options);
        Assert.Equal(expected, actual);
    }

    private static Filing Load()
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(Folder, diagnostics);
        Assert.True(filing is not null, string.Join("\n", diagnostics.Items.Select(d => d.ToString())));
        return FilingForge.Loading.Projection.FilingProjection.Of(filing, filing.Name, filing.Directory);
    }

    /// <summary>Public properties only, without where the data came from (object locations, data paths, the folder).</summary>
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutProvenance } },
    };

    private static void WithoutProvenance(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var ignored = info.Type == typeof(Filing)
            ? new[] { nameof(Filing.Name), nameof(Filing.Directory) }
            : typeof(ModelNode).IsAssignableFrom(info.Type) ? [nameof(ModelNode.Location), nameof(ModelNode.DataPath)] : [];
        for (var i = info.Properties.Count - 1; i >= 0; i--)
            if (ignored.Contains(info.Properties[i].Name)) info.Properties.RemoveAt(i);
    }
}
