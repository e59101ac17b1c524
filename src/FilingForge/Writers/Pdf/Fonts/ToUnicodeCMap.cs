using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Pdf.Fonts;

/// <summary>The ToUnicode CMap (§9.10.3) mapping each two-byte code back to the text it shows.</summary>
internal static class ToUnicodeCMap
{
    public static string Build(IReadOnlyList<string?> textByCode)
    {
        var sb = new StringBuilder();
        sb.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
          .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
          .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
          .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var mapped = Enumerable.Range(0, textByCode.Count).Where(c => !string.IsNullOrEmpty(textByCode[c])).ToList();
        foreach (var chunk in mapped.Chunk(100))
        {
            sb.Append(chunk.Length.ToString(CultureInfo.InvariantCulture)).Append(" beginbfchar\n");
            foreach (var code in chunk)
            {
                sb.Append('<').Append(code.ToString("X4", CultureInfo.InvariantCulture)).Append("> <")
                  .Append(Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(textByCode[code]!))).Append(">\n");
            }

            sb.Append("endbfchar\n");
        }

        sb.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.ToString();
    }
}
