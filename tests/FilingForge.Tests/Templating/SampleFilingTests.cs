using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Loading;
using FilingForge.Parsing;
using FilingForge.Templating;
using FilingForge.Tests.Support;
using FilingForge.Values;

namespace FilingForge.Tests.Templating;

/// <summary>The sample filing (data/capstone-2003) through Load, Compute and Template.</summary>
public class SampleFilingTests
{
    private static readonly Lazy<(ComputedFiling Filing, IReadOnlyList<RenderedDocument> Documents, DiagnosticBag Diagnostics)> Sample = new(() =>
    {
        var diagnostics = new DiagnosticBag();
        var filing = FilingLoader.Load(RepositoryPaths.SampleData, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Items));
        var computed = FilingCalculator.Compute(filing);
        var documents = TemplateRenderer.Render(computed, RepositoryPaths.Templates, diagnostics);
        return (computed, documents, diagnostics);
    });

    [Fact]
    public void The_sample_renders_every_document_without_template_diagnostics()
    {
        var (filing, documents, diagnostics) = Sample.Value;
        Assert.Empty(diagnostics.Items.Where(d => d.Id.StartsWith("FF5", StringComparison.Ordinal) && d.Severity == Severity.Error).Select(d => d.ToString()));
        var expected = new[] { "proxy-statement", "proxy-card" }
            .Concat(filing.File("ethics").Objects("signers").Select(s => "ethics-certification-" + s.Text("person")));
        Assert.Equal(expected, documents.Select(d => d.Name));
    }

    [Fact]
    public void Every_rendered_document_parses_without_diagnostics()
    {
        foreach (var document in Sample.Value.Documents)
        {
            var diagnostics = new DiagnosticBag();
            var ir = MarkdownParser.Parse(document.Markdown, document.Name, document.Properties, diagnostics, document.LineMap);
            Assert.True(diagnostics.Items.Count == 0, string.Join("\n", diagnostics.Items));
            Assert.NotEmpty(ir.Blocks);
        }
    }

    [Fact]
    public void Every_document_of_the_sample_renders_as_pinned()
    {
        foreach (var document in Sample.Value.Documents)
            Snapshot.Verify(document.Markdown, "md", $"{nameof(Every_document_of_the_sample_renders_as_pinned)}.{document.Name}");
    }

    [Fact]
    public void Every_name_and_number_in_the_sample_tables_appears_as_the_seed_prints_it()
    {
        var (computed, documents, _) = Sample.Value;
        var markdown = documents.Single(d => d.Name == "proxy-statement").Markdown;
        var missing = SeedTableValues.Enumerate(computed).Where(v => !markdown.Contains(v.IsMarkdown ? v.Text : MarkdownEscaper.Escape(v.Text))).ToList();
        Assert.True(missing.Count == 0, "Not found in the Markdown:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_preliminary_sample_checks_exactly_one_document_type_box_and_carries_the_legend()
    {
        var (computed, documents, _) = Sample.Value;
        var statement = documents[0].Markdown;
        var typeBoxes = new[] { "Preliminary Proxy Statement", "Confidential, for Use", "Definitive Proxy Statement", "Definitive Additional Materials", "Soliciting Material Pursuant" };
        var lines = statement.Split('\n').Where(l => l.StartsWith("@@checkboxes") && typeBoxes.Any(l.Contains)).ToList();
        Assert.Equal(5, lines.Count);
        Assert.Single(lines, l => l.StartsWith("@@checkboxes [x]"));
        var preliminary = computed.File("meeting").Text("filing_type") == "preliminary";
        Assert.Equal(preliminary, statement.Contains("PRELIMINARY COPIES"));
        Assert.Equal(preliminary, documents[1].Markdown.Contains("PRELIMINARY COPIES"));
    }

    [Fact]
    public void The_card_numbers_its_nominees_from_01()
    {
        var (computed, documents, _) = Sample.Value;
        var card = documents.Single(d => d.Name == "proxy-card").Markdown;
        for (var i = 0; i < computed.CardNominees.Count; i++)
            Assert.Contains($"{i + 1:00} {MarkdownEscaper.Escape(computed.CardNominees[i].Text("name"))}", card);
    }

    [Fact]
    public void Each_certification_is_filled_in_for_its_signer()
    {
        var (computed, documents, _) = Sample.Value;
        foreach (var signer in computed.File("ethics").Objects("signers"))
        {
            var person = signer.Text("person")!;
            var text = documents.Single(d => d.Name == "ethics-certification-" + person).Markdown;
            Assert.Contains($"@@signature Signature || Date || Name = {MarkdownEscaper.Escape(computed.PeopleById[person].Text("name"))} || Position = {MarkdownEscaper.Escape(signer.Text("position"))}", text);
        }
    }
}
