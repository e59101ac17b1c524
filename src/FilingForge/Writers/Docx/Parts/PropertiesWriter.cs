using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using FilingForge.Document;
using Ap = DocumentFormat.OpenXml.ExtendedProperties;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// Document properties Word shows under File › Info: title, subject, author and dates (core), company (extended).
/// The core part is written by hand so its name is docProps/core.xml and it holds no clock time.
/// </summary>
internal static class PropertiesWriter
{
    private const string CoreNamespace = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";
    private const string DcTermsNamespace = "http://purl.org/dc/terms/";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    public static void WriteCore(CoreFilePropertiesPart part, DocumentProperties properties, DateTimeOffset timestamp)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument(standalone: true);
            xml.WriteStartElement("cp", "coreProperties", CoreNamespace);
            xml.WriteAttributeString("xmlns", "dc", null, DcNamespace);
            xml.WriteAttributeString("xmlns", "dcterms", null, DcTermsNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
            xml.WriteElementString("dc", "title", DcNamespace, properties.Title);
            xml.WriteElementString("dc", "subject", DcNamespace, properties.Subject);
            xml.WriteElementString("dc", "creator", DcNamespace, properties.Author);
            xml.WriteElementString("cp", "keywords", CoreNamespace, properties.Preliminary ? "Preliminary Copy" : "");
            xml.WriteElementString("cp", "lastModifiedBy", CoreNamespace, properties.Author);
            xml.WriteElementString("cp", "revision", CoreNamespace, "1");
            var time = timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            WriteDate(xml, "created", time);
            WriteDate(xml, "modified", time);
            xml.WriteEndElement();
        }

        stream.Position = 0;
        part.FeedData(stream);
    }

    private static void WriteDate(XmlWriter xml, string name, string time)
    {
        xml.WriteStartElement("dcterms", name, DcTermsNamespace);
        xml.WriteAttributeString("xsi", "type", XsiNamespace, "dcterms:W3CDTF");
        xml.WriteString(time);
        xml.WriteEndElement();
    }

    public static Ap.Properties Extended(DocumentProperties properties)
    {
        var extended = new Ap.Properties(
            new Ap.Template("Normal.dotm"),
            new Ap.Application("FilingForge"),
            new Ap.DocumentSecurity("0"),
            new Ap.ScaleCrop("false"),
            new Ap.Company(properties.Company),
            new Ap.LinksUpToDate("false"),
            new Ap.SharedDocument("false"),
            new Ap.HyperlinksChanged("false"));
        extended.AddNamespaceDeclaration("vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes");
        return extended;
    }
}
