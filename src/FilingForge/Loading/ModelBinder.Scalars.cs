using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Model;
using FilingForge.Profiles;

namespace FilingForge.Loading;

/// <summary>
/// Scalar values. The rules are narrower than YAML's on purpose: a filing's numbers are read by lawyers and
/// the SEC, so <c>1,000</c>, <c>1e3</c>, <c>yes</c> or <c>05/30/2003</c> are reported rather than guessed at.
/// </summary>
internal sealed partial class ModelBinder
{
    /// <summary>decimal keeps at most 28 digits after the point; more would be rounded silently.</summary>
    private const int MaxDecimalScale = 28;

    private bool TryBindScalar(DataNode node, ValueShape shape, string label, out object? value)
    {
        value = null;
        if (node is not DataScalar scalar) return WrongKind(node, shape, label);

        switch (shape.Kind)
        {
            case ValueKind.Text:
                if (!HasOnlyTextCharacters(scalar, label)) return false;
                value = scalar.Value;
                return true;
            case ValueKind.Markdown:
                if (!HasOnlyTextCharacters(scalar, label)) return false;
                value = new MarkdownText(scalar.Value);
                return true;
            case ValueKind.Int32:
            case ValueKind.Int64:
                return TryReadWholeNumber(scalar, shape, label, out value);
            case ValueKind.Decimal:
                return TryReadDecimal(scalar, shape, label, out value);
            case ValueKind.Boolean:
                return TryReadBoolean(scalar, label, out value);
            case ValueKind.Date:
                return TryReadDate(scalar, label, out value);
            case ValueKind.Enum:
                return TryReadEnum(scalar, shape, label, out value);
            default:
                throw new InvalidOperationException($"{shape.Kind} is not a scalar kind.");
        }
    }

    /// <summary>
    /// A number inside the range its field declares (a kind's default range: no fee of 10^28 dollars, no share count
    /// of 9,223,372,036,854,775,807), so no sum or percentage downstream can overflow or print nonsense.
    /// </summary>
    private bool WithinRange(DataNode node, string label, FieldDeclaration? field, object? value)
    {
        if (field?.Range is not { } range || value is not (int or long or decimal)) return true;
        var number = Convert.ToDecimal(value, CultureInfo.InvariantCulture);
        if (range.Contains(number)) return true;
        _diagnostics.Report(LoadDiagnostics.OutsideDeclaredRange, node.Location, label, ((DataScalar)node).Value, field.Type,
            range.Min.ToString("#,0.####", CultureInfo.InvariantCulture), range.Max.ToString("#,0.####", CultureInfo.InvariantCulture));
        return false;
    }

    private bool TryReadWholeNumber(DataScalar scalar, ValueShape shape, string label, out object? value)
    {
        value = null;
        if (!LooksNumeric(scalar)) return WrongKind(scalar, shape, label);
        if (!WholeNumberSyntax().IsMatch(scalar.Value)) return InvalidNumber(scalar, shape, label);

        object? parsed = shape.Kind == ValueKind.Int32
            ? int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small) ? small : null
            : long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large) ? large : null;
        if (parsed is null)
        {
            var range = shape.Kind == ValueKind.Int32
                ? string.Create(CultureInfo.InvariantCulture, $"{int.MinValue:N0} and {int.MaxValue:N0}")
                : string.Create(CultureInfo.InvariantCulture, $"{long.MinValue:N0} and {long.MaxValue:N0}");
            return OutOfRange(scalar, label, "a whole number here lies between " + range);
        }

        value = parsed;
        return true;
    }

    private bool TryReadDecimal(DataScalar scalar, ValueShape shape, string label, out object? value)
    {
        value = null;
        if (!LooksNumeric(scalar)) return WrongKind(scalar, shape, label);
        var match = DecimalSyntax().Match(scalar.Value);
        if (!match.Success) return InvalidNumber(scalar, shape, label);

        if (match.Groups["fraction"].Length > MaxDecimalScale ||
            !decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ||
            !IsExact(number, scalar.Value))
            return OutOfRange(scalar, label, "it is too large, or has more digits than a decimal keeps exactly (28 after the point, about 28 in all)");

        value = number;
        return true;
    }

    /// <summary>decimal.Parse rounds rather than fails when a value has too many digits; compare the digits.</summary>
    private static bool IsExact(decimal number, string written) =>
        number.ToString(CultureInfo.InvariantCulture).TrimStart('-') == written.TrimStart('-');

    private bool TryReadBoolean(DataScalar scalar, string label, out object? value)
    {
        value = scalar is { IsPlain: true, Value: "true" } ? true : scalar is { IsPlain: true, Value: "false" } ? false : null;
        if (value is not null) return true;
        _diagnostics.Report(LoadDiagnostics.InvalidBoolean, scalar.Location, label, scalar.Describe());
        return false;
    }

    private bool TryReadDate(DataScalar scalar, string label, out object? value)
    {
        value = null;
        var text = scalar.Value;
        if (!DateSyntax().IsMatch(text))
            return InvalidDate(scalar, label, "write dates as yyyy-mm-dd (ISO 8601), such as 2003-05-30");

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return InvalidDate(scalar, label, NoSuchDay(text));

        value = date;
        return true;
    }

    private static string NoSuchDay(string text)
    {
        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(text[5..7], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12) return "there is no such month";
        var monthName = new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return $"there is no such day; {monthName} has {DateTime.DaysInMonth(year, month)} days";
    }

    private bool TryReadEnum(DataScalar scalar, ValueShape shape, string label, out object? value)
    {
        value = shape.EnumValues.FirstOrDefault(v => v.Key == scalar.Value).Value;
        if (value is not null) return true;

        var names = shape.EnumValues.Select(v => v.Key).ToArray();
        _diagnostics.Report(LoadDiagnostics.UnknownEnumValue, scalar.Location, label, DataScalar.Shorten(scalar.Value),
            string.Join(", ", names), DataKeySuggestion.DidYouMean(scalar.Value, names));
        return false;
    }

    /// <summary>Quoted text or a word is a value of the wrong type; something with digits is a malformed number.</summary>
    private static bool LooksNumeric(DataScalar scalar) => scalar.IsPlain && scalar.Value.Any(char.IsAsciiDigit);

    private bool InvalidNumber(DataScalar scalar, ValueShape shape, string label)
    {
        _diagnostics.Report(LoadDiagnostics.InvalidNumber, scalar.Location, label, shape.Expectation,
            DataScalar.Shorten(scalar.Value), WhatIsWrongWithNumber(scalar.Value, shape.Kind));
        return false;
    }

    private static string WhatIsWrongWithNumber(string text, ValueKind kind)
    {
        var whole = kind != ValueKind.Decimal;
        if (ThousandsSeparated().IsMatch(text))
            return $"thousands separators are not allowed; write {text.Replace(",", "", StringComparison.Ordinal)}";
        // Checked before the exponent: 0x4E5E8 holds an E but is hexadecimal, not 4 times 10 to the 5.
        if (text.TrimStart('-').StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.TrimStart('-').StartsWith("0o", StringComparison.OrdinalIgnoreCase))
            return "write the number in decimal digits, not hexadecimal or octal";
        if (text.Contains('e') || text.Contains('E')) return "write the number out in full, without an exponent";
        if (whole && text.Contains('.')) return "a whole number has no decimal point";
        if (text.StartsWith('+')) return "write it without the plus sign";
        if (text.StartsWith('.') || text.StartsWith("-.", StringComparison.Ordinal)) return "write a zero before the decimal point";
        if (LeadingZero().IsMatch(text)) return "leading zeros are not allowed";
        if (text.Contains('$') || text.Contains('%')) return "write the bare number, without a currency or percent sign";
        return whole
            ? "write digits only, with a minus sign in front if negative"
            : "write digits with at most one decimal point, and a minus sign in front if negative";
    }

    /// <summary>The rule of <see cref="TextCharacters"/>, the same for every text and Markdown field of every file.</summary>
    private bool HasOnlyTextCharacters(DataScalar scalar, string label)
    {
        if (TextCharacters.FirstForbidden(scalar.Value) is { } forbidden)
        {
            _diagnostics.Report(LoadDiagnostics.CharacterNotAllowed, scalar.Location, label, forbidden.Character, forbidden.Position);
            return false;
        }

        if (TextCharacters.FirstUnclosedBidi(scalar.Value) is not { } unclosed) return true;
        _diagnostics.Report(LoadDiagnostics.UnclosedBidiControl, scalar.Location, label, unclosed.Character, unclosed.Position);
        return false;
    }

    private bool OutOfRange(DataScalar scalar, string label, string reason)
    {
        _diagnostics.Report(LoadDiagnostics.NumberOutOfRange, scalar.Location, label, DataScalar.Shorten(scalar.Value), reason);
        return false;
    }

    private bool InvalidDate(DataScalar scalar, string label, string reason)
    {
        _diagnostics.Report(LoadDiagnostics.InvalidDate, scalar.Location, label, DataScalar.Shorten(scalar.Value), reason);
        return false;
    }

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeNumberSyntax();

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.(?<fraction>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalSyntax();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsSeparated();

    [GeneratedRegex(@"^-?0[0-9]", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingZero();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateSyntax();
}
