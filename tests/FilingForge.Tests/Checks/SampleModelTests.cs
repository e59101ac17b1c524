namespace FilingForge.Tests.Checks;

public sealed class SampleModelTests
{
    [Fact]
    public void The_sample_model_passes_every_check_without_any_diagnostic()
    {
        var diagnostics = SampleModel.Check(SampleModel.Build());
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
    }
}
