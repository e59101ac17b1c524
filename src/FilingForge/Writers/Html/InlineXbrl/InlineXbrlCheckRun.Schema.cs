using System.Xml;
using System.Xml.Schema;

namespace FilingForge.Writers.Html.InlineXbrl;

internal sealed partial class InlineXbrlCheckRun
{
    /// <summary>Validates against the compiled Inline XBRL 1.1 schema; each error at the line:column the validator gives.</summary>
    public void CheckSchema(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            ValidationType = ValidationType.Schema,
            Schemas = InlineXbrlSchemas.Set,
            // Identity constraints (duplicate ids) are checked; schemaLocation hints in the document are never followed.
            ValidationFlags = XmlSchemaValidationFlags.ProcessIdentityConstraints | XmlSchemaValidationFlags.AllowXmlAttributes,
        };
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error)
                Report(InlineXbrlDiagnostics.SchemaInvalid, e.Exception.LineNumber, e.Exception.LinePosition, e.Message);
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            // Parsed once already, so this is the validator giving up; say where.
            Report(InlineXbrlDiagnostics.SchemaInvalid, e.LineNumber, e.LinePosition, e.Message);
        }
    }
}
