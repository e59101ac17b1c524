using System.Text;
using System.Xml;

namespace FilingForge.Writers.Xbrl;

/// <summary>
/// One way of turning an XmlWriter's output into a taxonomy file's bytes, so the four files agree: UTF-8 without a
/// byte order mark, two-space indents, LF line ends and a final LF (a file compares equal on every platform).
/// </summary>
internal static class TaxonomyXml
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
