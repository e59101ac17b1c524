using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Profiles;
using FilingForge.Values;

namespace FilingForge.Templating;

/// <summary>
/// The Template stage: the filing and its derived figures, through the templates under <c>templates/</c>, into one
/// FilingForge Markdown text per document the profile declares (<c>documents.yaml</c>): for the 1992 form, the proxy
/// statement, the proxy card, and an ethics certification per signer. A document that cannot be rendered is left out
/// after its FF5xxx diagnostics are reported.
/// </summary>
public static class TemplateRenderer
{
    public static IReadOnlyList<RenderedDocument> Render(ComputedFiling filing, string templatesDirectory, DiagnosticBag diagnostics) =>
        Render(filing, CompiledTemplates.For(TemplateFiles.Load(templatesDirectory)), diagnostics);

    public static IReadOnlyList<RenderedDocument> Render(ComputedFiling filing, ITemplateEngine engine, DiagnosticBag diagnostics)
    {
        var root = TemplateContextBuilder.Build(filing);
        var documents = new List<RenderedDocument>();
        foreach (var document in filing.Values.Profile.Documents)
        {
            if (document.ForEach is not { } items)
            {
                Add(document.Name, root);
                continue;
            }

            foreach (var item in DocumentTexts.Items(filing.Values, items))
                Add($"{document.Name}-{item.Text(items.NamedBy)}", TemplateContextBuilder.With(root, items.As, item, filing));

            void Add(string name, IReadOnlyDictionary<string, object?> context)
            {
                var facts = Xbrl.FactTagger.For(filing.Values.Profile.Xbrl, name, context, diagnostics);
                var text = engine.Render(document.Template, context, diagnostics, facts);
                if (text is not null)
                    documents.Add(new RenderedDocument(name, text.Markdown, Properties(filing, document), text.LineMap, facts?.Facts, facts?.Header()));
            }
        }

        return documents;
    }

    private static DocumentProperties Properties(ComputedFiling filing, DocumentDeclaration document)
    {
        var declared = filing.Values.Profile.DocumentProperties;
        var company = declared is null ? "" : DocumentTexts.Value(filing.Values, declared.Company)?.ToString() ?? "";
        var date = declared?.Date.Select(path => DocumentTexts.Value(filing.Values, path)).OfType<DateOnly>().FirstOrDefault() ?? default;
        return new DocumentProperties(
            Title: DocumentTexts.Fill(document.Title, filing.Values),
            Subject: DocumentTexts.Fill(document.Subject, filing.Values),
            Company: company,
            Author: company,
            Date: date,
            Preliminary: declared?.PreliminaryField is { } field && Equals(DocumentTexts.Value(filing.Values, field), declared.PreliminaryValue),
            Layout: document.Layout);
    }
}
