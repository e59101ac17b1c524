namespace FilingForge.Tests.Checks;

/// <summary>The YAML sample every rule's tests change one field in (<see cref="SampleData"/>) is itself valid.</summary>
public sealed class SampleFolderTests
{
    [Fact]
    public void The_sample_folder_loads_and_passes_every_check_without_any_diagnostic()
    {
        var result = SampleData.Load().Check();
        Assert.Empty(result.Diagnostics.Items.Select(d => d.ToString()));
    }
}
