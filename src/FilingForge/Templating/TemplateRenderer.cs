using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Model;

namespace FilingForge.Templating;

/// <summary>
/// The Template stage: the filing and its derived figures, through the templates under <c>templates/</c>, into one
/// FilingForge Markdown text per document: the proxy statement, the proxy card, and an ethics certification per signer.
/// A document that cannot be rendered is left out after its FF5xxx diagnostics are reported.
/// </summary>
public static class TemplateRenderer
{
    public const string ProxyStatement = "proxy-statement";
    public const string ProxyCard = "proxy-card";
    public const string EthicsCertification = "ethics-certification";

    public static IReadOnlyList<RenderedDocument> Render(ComputedFiling filing, string templatesDirectory, DiagnosticBag diagnostics) =>
        Render(filing, CompiledTemplates.For(TemplateFiles.Load(templatesDirectory)), diagnostics);

    public static IReadOnlyList<RenderedDocument> Render(ComputedFiling filing, ITemplateEngine engine, DiagnosticBag diagnostics)
    {
        var root = TemplateContextBuilder.Build(filing);
        var documents = new List<RenderedDocument>();

        void Add(string name, string template, IReadOnlyDictionary<string, object?> context, DocumentProperties properties)
        {
            var text = engine.Render(template, context, diagnostics);
            if (text is not null) documents.Add(new RenderedDocument(name, text.Markdown, properties, text.LineMap));
        }

        var meeting = filing.Filing.Meeting;
        var company = filing.Filing.Company;
        Add(ProxyStatement, $"{ProxyStatement}/{ProxyStatement}", root,
            Properties(filing, $"Proxy Statement for the {meeting.MeetingYear} Annual Meeting of Stockholders", "Schedule 14A proxy statement"));
        Add(ProxyCard, $"{ProxyCard}/{ProxyCard}", root,
            Properties(filing, $"Proxy Card for the {meeting.MeetingYear} Annual Meeting of Stockholders", "Form of proxy"));
        foreach (var signer in filing.Filing.Ethics.Signers)
        {
            var context = TemplateContextBuilder.With(root, "signer", signer, filing);
            Add($"{EthicsCertification}-{signer.Person}", $"{EthicsCertification}/{EthicsCertification}", context,
                Properties(filing, $"{filing.Filing.Ethics.Title}: Annual Certification", $"Annual certification of {company.Name}'s code of ethics"));
        }

        return documents;
    }

    private static DocumentProperties Properties(ComputedFiling filing, string title, string subject)
    {
        var meeting = filing.Filing.Meeting;
        var company = filing.Filing.Company;
        return new DocumentProperties(
            Title: title,
            Subject: subject,
            Company: company.Name,
            Author: company.Name,
            Date: meeting.NoticeDate ?? meeting.InformationDate,
            Preliminary: meeting.FilingType == FilingType.Preliminary);
    }
}
