using FilingForge.Diagnostics;
using FilingForge.Profiles;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Profiles;

/// <summary>
/// The 2022 form's tagging declaration (<c>xbrl.yaml</c>) is read as strictly as the rest of a profile: a name that
/// would give EDGAR a fact of no concept, an undeclared member or a field the data cannot have is its diagnostic at
/// its line of xbrl.yaml.
/// </summary>
public sealed class XbrlDeclarationTests
{
    private const string Profile = "schedule-14a-2022";

    [Fact]
    public void The_2022_form_tags_the_proxy_statement_with_every_concept_its_facts_name()
    {
        var diagnostics = new DiagnosticBag();
        var profile = ProfileReader.Read(RepositoryPaths.At("profiles/" + Profile), diagnostics);

        Assert.Empty(diagnostics.Items.Select(d => d.ToString()));
        var xbrl = profile?.Xbrl;
        Assert.NotNull(xbrl);
        Assert.Equal("proxy-statement", xbrl.Document);
        var used = xbrl.Fields.Select(f => f.Shape.Concept).Concat(xbrl.Named.Values.Select(n => n.Shape.Concept)).Concat(xbrl.Hidden.Select(h => h.Concept));
        Assert.All(used, concept => Assert.Contains(concept, xbrl.Concepts.Keys));
    }

    [Fact]
    public void The_1992_form_tags_nothing()
    {
        var profile = ProfileReader.Read(RepositoryPaths.At("profiles/schedule-14a-1992"), new DiagnosticBag());

        Assert.Null(profile?.Xbrl);
    }

    [Theory]
    [InlineData("{ concept: \"ecd:PeoTotalCompAmt\" }", "{ concept: \"ecd:PeoTotalCmpAmt\" }", "FF1505")]
    [InlineData("\"ext:ReportedValueOfEquityAwardsMember\" }", "\"ext:ReportedValueOfEquityAwardMember\" }", "FF1505")]
    [InlineData("pay-versus-performance.years.net_income:", "pay-versus-performance.years.net_incme:", "FF1511")]
    [InlineData("{ \"ecd:ExecutiveCategoryAxis\": \"ecd:PeoMember\"", "{ \"ecdx:ExecutiveCategoryAxis\": \"ecd:PeoMember\"", "FF1505")]
    [InlineData("monetary_unit: USD", "monetary_units: USD", "FF1502")]
    [InlineData("identifier: company.cik", "identifier: company.cikk", "FF1511")]
    [InlineData("fact: peer_group }", "fact: peers }", "FF1505")]
    [InlineData("document: proxy-statement", "document: proxy-statment", "FF1505")]
    [InlineData("position: \"ecd:MeasureAxis\" }", "position: \"ecd:AdjToCompAxis\" }", "FF1505")]
    public void A_mistake_in_the_tagging_declaration_is_its_diagnostic_at_its_line(string find, string replace, string id)
    {
        var copy = TemporaryCopy.OfProfile("ff-xbrl-", Profile);
        try
        {
            var path = Path.Combine(copy, "xbrl.yaml");
            var text = File.ReadAllText(path);
            var index = text.IndexOf(find, StringComparison.Ordinal);
            Assert.True(index >= 0, find);
            File.WriteAllText(path, text[..index] + replace + text[(index + find.Length)..]);
            var diagnostics = new DiagnosticBag();

            Assert.Null(ProfileReader.Read(copy, diagnostics));

            var error = Assert.Single(diagnostics.Items);
            Assert.Equal(id, error.Id);
            Assert.EndsWith("xbrl.yaml", error.Location.File);
            Assert.Equal(text[..index].Count(c => c == '\n') + 1, error.Location.Line);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(copy)!, recursive: true);
        }
    }
}
