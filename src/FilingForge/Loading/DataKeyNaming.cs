using System.Text;

namespace FilingForge.Loading;

/// <summary>
/// Maps C# member names to the keys users write in data files: snake_case, with a break before an uppercase
/// letter that follows a lowercase letter or digit, and before a run of digits that follows a letter.
/// <c>ShortName</c> → <c>short_name</c>, <c>AcquirableWithin60Days</c> → <c>acquirable_within_60_days</c>,
/// <c>Section16aCompliance</c> → <c>section_16a_compliance</c>, <c>Rule13d3</c> → <c>rule_13d_3</c>.
/// </summary>
public static class DataKeyNaming
{
    public static string ToDataKey(string memberName)
    {
        var sb = new StringBuilder(memberName.Length + 8);
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0)
            {
                var p = memberName[i - 1];
                var upperAfterLowerOrDigit = char.IsUpper(c) && (char.IsLower(p) || char.IsDigit(p));
                var digitAfterLetter = char.IsDigit(c) && char.IsLetter(p);
                if (upperAfterLowerOrDigit || digitAfterLetter) sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
