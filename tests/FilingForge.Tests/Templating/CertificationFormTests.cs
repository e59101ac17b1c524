using FilingForge.Diagnostics;
using FilingForge.Templating;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>Template stage, the certification form: its return deadline is printed, as a date or as a blank to fill in.</summary>
public sealed class CertificationFormTests
{
    private static string Certification(DateOnly? returnBy)
    {
        var filing = SmallFiling.Create(returnBy: returnBy);
        var diagnostics = new DiagnosticBag();
        var documents = TemplateRenderer.Render(filing, RepositoryPaths.Templates, diagnostics);
        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        return documents.Single(d => d.Name == "ethics-certification-clark").Markdown;
    }

    [Fact]
    public void A_certification_without_a_return_date_prints_a_blank_for_the_deadline()
    {
        Assert.Contains("return the original to the Chief Financial Officer no later than [[blank:24]].", Certification(null));
    }

    [Fact]
    public void A_certification_with_a_return_date_prints_the_date()
    {
        Assert.Contains("return the original to the Chief Financial Officer no later than January 31, 2003.", Certification(new DateOnly(2003, 1, 31)));
    }
}
