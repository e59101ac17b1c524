using System.Globalization;
using System.Text.RegularExpressions;
using FilingForge.Values;
using FilingForge.Profiles;

namespace FilingForge.Loading;

/// <summary>
/// Scalar values. The rules are narrower than YAML's on purpose: a filing's numbers are read by lawyers and
/// the SEC, so <c>1,000</c>, <c>1e3</c>, <c>yes</c> or <c>05/30/2003</c> are reported rather than guessed at.
/// Every number is kept as an exact <see cref="decimal"/>; a whole-number kind also fits the width it is stored in
/// downstream (<see cref="WholeNumberLimits"/>).
/// </summary>
internal sealed partial class ValueBinder
{
    /// <summary>decimal keeps at most 28 digits after the point; more would be rounded silently.</summary>
    private const int MaxDecimalScale = 28;

    private static string Expectation(ScalarKind kind) => kind switch
    {
        ScalarKind.Text or ScalarKind.Markdown or ScalarKind.Person => "text",
        ScalarKind.Marker => "a footnote marker",
        ScalarKind.Integer or ScalarKind.Year or ScalarKind.Shares => "a whole number",
        ScalarKind.Money or ScalarKind.Price or ScalarKind.Percent or ScalarKind.Number => "a number",
        ScalarKind.Boolean => "true or false",
        ScalarKind.Date => "a date (yyyy-mm-dd)",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static bool IsWhole(ScalarKind kind) => kind is ScalarKind.Integer or ScalarKind.Year or ScalarKind.Shares;

    /// <summary>
    /// The widest whole number of a kind: counts and years are 32-bit, share counts 64-bit. A value past it cannot be
    /// kept at all (FF1025); the kind's declared range (FF1029) is narrower still.
    /// </summary>
    private static (long Min, long Max) WholeNumberLimits(ScalarKind kind) =>
        kind == ScalarKind.Shares ? (long.MinValue, long.MaxValue) : (int.MinValue, int.MaxValue);

    private ScalarValue? BindScalar(DataNode node, ScalarKind kind, string label, FieldDeclaration field, bool isDefault)
    {
        if (node is not DataScalar scalar) return Wrong(node, kind, label);
        object? value = kind switch
        {
            ScalarKind.Text or ScalarKind.Person => HasOnlyTextCharacters(scalar, label) ? scalar.Value : null,
            ScalarKind.Markdown => HasOnlyTextCharacters(scalar, label) ? new MarkdownText(scalar.Value) : null,
            ScalarKind.Marker => ReadMarker(scalar, label),
            ScalarKind.Boolean => ReadBoolean(scalar, label),
            ScalarKind.Date => ReadDate(scalar, label),
            _ when IsWhole(kind) => ReadWholeNumber(scalar, kind, label),
            _ => ReadDecimal(scalar, kind, label),
        };
        if (value is null || !WithinRange(scalar, label, field, value)) return null;
        return new ScalarValue(node.Location, value, isDefault);
    }

    private string? ReadMarker(DataScalar scalar, string label)
    {
        if (FootnoteMarker.IsValid(scalar.Value)) return scalar.Value;
        _diagnostics.Report(LoadDiagnostics.MarkerNotPrintable, scalar.Location, label, scalar.Value);
        return null;
    }

    private ScalarValue? Wrong(DataNode node, ScalarKind kind, string label)
    {
        _diagnostics.Report(LoadDiagnostics.WrongKind, node.Location, label, Expectation(kind), node.Describe());
        return null;
    }

    /// <summary>
    /// A number inside the range its field declares (a kind's default range: no fee of 10^28 dollars, no share count
    /// of 9,223,372,036,854,775,807), so no sum or percentage downstream can overflow or print nonsense.
    /// </summary>
    private bool WithinRange(DataScalar scalar, string label, FieldDeclaration field, object value)
    {
        if (field.Range is not { } range || value is not decimal number || range.Contains(number)) return true;
        _diagnostics.Report(LoadDiagnostics.OutsideDeclaredRange, scalar.Location, label, scalar.Value, field.Type,
            range.Min.ToString("#,0.####", CultureInfo.InvariantCulture), range.Max.ToString("#,0.####", CultureInfo.InvariantCulture));
        return false;
    }

    private object? ReadWholeNumber(DataScalar scalar, ScalarKind kind, string label)
    {
        if (!LooksNumeric(scalar)) return Wrong(scalar, kind, label);
        if (!WholeNumberSyntax().IsMatch(scalar.Value)) return InvalidNumber(scalar, kind, label);

        var (min, max) = WholeNumberLimits(kind);
        if (long.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
            return (decimal)number;
        var between = string.Create(CultureInfo.InvariantCulture, $"{min:N0} and {max:N0}");
        return OutOfRange(scalar, label, "a whole number here lies between " + between);
    }

    private object? ReadDecimal(DataScalar scalar, ScalarKind kind, string label)
    {
        if (!LooksNumeric(scalar)) return Wrong(scalar, kind, label);
        var match = DecimalSyntax().Match(scalar.Value);
        if (!match.Success) return InvalidNumber(scalar, kind, label);

        if (match.Groups["fraction"].Length > MaxDecimalScale ||
            !decimal.TryParse(scalar.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ||
            !IsExact(number, scalar.Value))
            return OutOfRange(scalar, label, "it is too large, or has more digits than a decimal keeps exactly (28 after the point, about 28 in all)");
        return number;
    }

    /// <summary>decimal.Parse rounds rather than fails when a value has too many digits; compare the digits.</summary>
    private static bool IsExact(decimal number, string written) =>
        number.ToString(CultureInfo.InvariantCulture).TrimStart('-') == written.TrimStart('-');

    private object? ReadBoolean(DataScalar scalar, string label)
    {
        if (scalar is { IsPlain: true, Value: "true" or "false" }) return scalar.Value == "true";
        _diagnostics.Report(LoadDiagnostics.InvalidBoolean, scalar.Location, label, scalar.Describe());
        return null;
    }

    private object? ReadDate(DataScalar scalar, string label)
    {
        var text = scalar.Value;
        if (!DateSyntax().IsMatch(text))
            return InvalidDate(scalar, label, "write dates as yyyy-mm-dd (ISO 8601), such as 2003-05-30");
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return InvalidDate(scalar, label, NoSuchDay(text));
        return date;
    }

    private static string NoSuchDay(string text)
    {
        var year = int.Parse(text[..4], CultureInfo.InvariantCulture);
        var month = int.Parse(text[5..7], CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12) return "there is no such month";
        var monthName = new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return $"there is no such day; {monthName} has {DateTime.DaysInMonth(year, month)} days";
    }

    private ScalarValue? BindEnumeration(DataNode node, EnumerationDeclaration enumeration, string label, bool isDefault)
    {
        var names = enumeration.Values.Select(v => v.Value).ToArray();
        if (node is not DataScalar scalar)
        {
            _diagnostics.Report(LoadDiagnostics.WrongKind, node.Location, label, "one of: " + string.Join(", ", names), node.Describe());
            return null;
        }

        if (names.Contains(scalar.Value, StringComparer.Ordinal)) return new ScalarValue(node.Location, scalar.Value, isDefault);
        _diagnostics.Report(LoadDiagnostics.UnknownEnumValue, scalar.Location, label, DataScalar.Shorten(scalar.Value),
            string.Join(", ", names), DataKeySuggestion.DidYouMean(scalar.Value, names));
        return null;
    }

    /// <summary>Quoted text or a word is a value of the wrong type; something with digits is a malformed number.</summary>
    private static bool LooksNumeric(DataScalar scalar) => scalar.IsPlain && scalar.Value.Any(char.IsAsciiDigit);

    private object? InvalidNumber(DataScalar scalar, ScalarKind kind, string label)
    {
        _diagnostics.Report(LoadDiagnostics.InvalidNumber, scalar.Location, label, Expectation(kind),
            DataScalar.Shorten(scalar.Value), WhatIsWrongWithNumber(scalar.Value, IsWhole(kind)));
        return null;
    }

    private static string WhatIsWrongWithNumber(string text, bool whole)
    {
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

    private object? OutOfRange(DataScalar scalar, string label, string reason)
    {
        _diagnostics.Report(LoadDiagnostics.NumberOutOfRange, scalar.Location, label, DataScalar.Shorten(scalar.Value), reason);
        return null;
    }

    private object? InvalidDate(DataScalar scalar, string label, string reason)
    {
        _diagnostics.Report(LoadDiagnostics.InvalidDate, scalar.Location, label, DataScalar.Shorten(scalar.Value), reason);
        return null;
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
