using System.Globalization;
using System.Text;

namespace FilingForge.Writers.Html.Edgar;

/// <summary>
/// Resolves character references in attribute values before they are checked, so that <c>java&amp;#115;cript:</c>
/// or <c>&amp;colon;</c> cannot slip a script URL past a plain text comparison.
/// </summary>
public static class CharacterReferences
{
    // The named references a browser would need to spell a script URL or a CSS function, plus the common ones.
    private static readonly Dictionary<string, string> Named = new(StringComparer.Ordinal)
    {
        ["amp"] = "&", ["lt"] = "<", ["gt"] = ">", ["quot"] = "\"", ["apos"] = "'", ["nbsp"] = "\u00A0",
        ["colon"] = ":", ["Tab"] = "\t", ["NewLine"] = "\n", ["lpar"] = "(", ["rpar"] = ")", ["sol"] = "/",
        ["period"] = ".", ["bsol"] = "\\", ["num"] = "#",
    };

    public static string Decode(string value)
    {
        if (!value.Contains('&')) return value;
        var sb = new StringBuilder(value.Length);
        var i = 0;
        while (i < value.Length)
        {
            if (value[i] == '&' && TryDecode(value, i, out var decoded, out var length))
            {
                sb.Append(decoded);
                i += length;
            }
            else
            {
                sb.Append(value[i++]);
            }
        }

        return sb.ToString();
    }

    private static bool TryDecode(string value, int start, out string decoded, out int length)
    {
        decoded = "";
        length = 0;
        var i = start + 1;
        if (i < value.Length && value[i] == '#')
        {
            i++;
            var hex = i < value.Length && value[i] is 'x' or 'X';
            if (hex) i++;
            var digitsStart = i;
            while (i < value.Length && (hex ? char.IsAsciiHexDigit(value[i]) : char.IsAsciiDigit(value[i])) && i - digitsStart < 8) i++;
            if (i == digitsStart) return false;
            var number = int.Parse(value.AsSpan(digitsStart, i - digitsStart), hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture);
            decoded = number is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF) ? char.ConvertFromUtf32(number) : "\uFFFD";
        }
        else
        {
            var nameStart = i;
            while (i < value.Length && char.IsAsciiLetterOrDigit(value[i]) && i - nameStart < 32) i++;
            if (!Named.TryGetValue(value[nameStart..i], out var named)) return false;
            decoded = named;
        }

        if (i < value.Length && value[i] == ';') i++;
        length = i - start;
        return true;
    }
}
