using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Format;

/// <summary>
/// The document's metadata stream (§14.3.2): an XMP packet stating what the Info dictionary states — title, author,
/// subject, creator tool, producer and the same instant as creation, modification and metadata date — so readers that
/// prefer XMP (PDF/A and PDF/UA validators, asset managers) see the same facts. Built from the info alone: no clock,
/// no random instance id, the same bytes for the same document.
/// </summary>
public static class PdfXmpMetadata
{
    public static byte[] Packet(PdfDocumentInfo info)
    {
        var date = info.CreationDate.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var xmp = new StringBuilder()
            .Append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
            .Append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n")
            .Append("<dc:creator><rdf:Seq><rdf:li>").Append(Escape(info.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n")
            .Append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(Escape(info.Subject)).Append("</rdf:li></rdf:Alt></dc:description>\n")
            .Append("<dc:language><rdf:Bag><rdf:li>").Append(Escape(info.Language)).Append("</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<xmp:CreatorTool>").Append(Escape(PdfDocumentInfo.Creator)).Append("</xmp:CreatorTool>\n")
            .Append("<xmp:CreateDate>").Append(date).Append("</xmp:CreateDate>\n")
            .Append("<xmp:ModifyDate>").Append(date).Append("</xmp:ModifyDate>\n")
            .Append("<xmp:MetadataDate>").Append(date).Append("</xmp:MetadataDate>\n")
            .Append("<pdf:Producer>").Append(Escape(PdfDocumentInfo.Producer)).Append("</pdf:Producer>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n")
            .Append("<?xpacket end=\"r\"?>");
        return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(xmp.ToString());
    }

    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>Writes the packet as the catalog's uncompressed <c>/Metadata</c> stream (uncompressed so tools that scan for XMP find it).</summary>
    internal static PdfReference Write(PdfFileWriter file, PdfDocumentInfo info) =>
        file.WriteStream(new PdfDictionary("Metadata").Set("Subtype", PdfName.Of("XML")), Packet(info), compress: false);
}
