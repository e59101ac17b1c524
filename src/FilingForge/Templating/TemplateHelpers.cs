using System.Collections;
using FilingForge.Values;
using FilingForge.Templating.Formatting;
using FilingForge.Templating.Tables;

namespace FilingForge.Templating;

/// <summary>
/// The helpers every FilingForge template can call. They format and look up; they never compute a figure
/// (that is the Compute stage's job). Misuse raises <see cref="TemplateException"/>, reported at the calling line.
/// </summary>
public static class TemplateHelpers
{
    /// <summary>The helpers for the templates of one folder (tables and charts are looked up under it).</summary>
    public static TemplateFunctions Create(string templatesDirectory)
    {
        var functions = new TemplateFunctions();
        RegisterFormatting(functions);
        RegisterWords(functions);
        RegisterLogic(functions);
        RegisterMarkdown(functions);
        RegisterTables(functions, templatesDirectory);
        RegisterFacts(functions);
        return functions;
    }

    private static void RegisterFormatting(TemplateFunctions f)
    {
        f.Value("money", a => MoneyFormat.Format(Number("money", a, 0), dollarSign: true))
            .Value("price", a => MoneyFormat.Price(Number("price", a, 0), dollarSign: true))
            .Value("millions", a => MoneyFormat.Millions(Number("millions", a, 0), dollarSign: true))
            .Value("share_count", a => ShareFormat.Format(Number("share_count", a, 0)))
            .Value("whole_number", a => ShareFormat.Format(Number("whole_number", a, 0)))
            .Value("percent", a => PercentFormat.Format(Number("percent", a, 0)))
            .Value("percent_one_decimal", a => PercentFormat.OneDecimal(Number("percent_one_decimal", a, 0)))
            .Value("rate", a => PercentFormat.Rate(Number("rate", a, 0) ?? throw Wrong("rate", "a number", null)))
            .Value("class_percent", a => PercentFormat.OfClass(Number("class_percent", a, 0), a.Count > 1 && a[1] is true))
            .Value("long_date", a => DateFormat.Long(Date("long_date", a)))
            .Value("numeric_date", a => DateFormat.Numeric(Date("numeric_date", a)))
            .Value("short_date", a => DateFormat.Short(Date("short_date", a)))
            .Value("period_label", a => DateFormat.Period(Date("period_label", a)))
            .Value("month_year", a => DateFormat.MonthYear(Date("month_year", a)))
            .Value("plain_year", a => (Number("plain_year", a, 0) ?? throw Wrong("plain_year", "a number", null)).ToString("0", System.Globalization.CultureInfo.InvariantCulture))
            .Value("upper", a => Text("upper", a, 0).ToUpperInvariant());
    }

    private static void RegisterWords(TemplateFunctions f)
    {
        f.Value("words", a => NumberWords.Cardinal(Count("words", a)))
            .Value("ordinal", a => NumberWords.Ordinal(Count("ordinal", a)))
            .Value("times", a => NumberWords.Times(Count("times", a)))
            .Value("roman", a => Count("roman", a) is var n and >= 1 and <= RomanNumeral.Largest ? RomanNumeral.Of((int)n) : throw Wrong("roman", $"a whole number from 1 to {RomanNumeral.Largest}", a[0]))
            .Value("count", a => NumberWords.Count(Count("count", a), Text("count", a, 1), a.Count > 2 ? Text("count", a, 2) : null))
            .Value("words_and_digits", a => NumberWords.WordsAndDigits(Count("words_and_digits", a), Text("words_and_digits", a, 1), a.Count > 2 ? Text("words_and_digits", a, 2) : null))
            .Value("noun", a => NumberWords.Noun(Count("noun", a), Text("noun", a, 1), a.Count > 2 ? Text("noun", a, 2) : null))
            .Value("join_and", a => JoinAnd(a))
            .Value("item_number", a => ItemNumber(a))
            .Value("column_count", a => ColumnCount(a))
            .Value("columns", a => Columns(a));
    }

    private static void RegisterLogic(TemplateFunctions f)
    {
        f.Value("eq", a => a.Count == 2 && Equals(Normalize(a[0]), Normalize(a[1])))
            .Value("not", a => a.Count == 1 && a[0] is false or null)
            .Value("any", a => a.Count == 1 && a[0] is IEnumerable e and not string && e.Cast<object?>().Any());
    }

    private static void RegisterMarkdown(TemplateFunctions f)
    {
        f.Fragment("md", a => Markdown(a))
            .Fragment("fn", a => Markers(a))
            .Fragment("checkbox", a => a.Count == 1 && a[0] is true ? "[x]" : "[ ]")
            .Fragment("check_if", a => a.Count == 2 && Equals(Normalize(a[0]), Normalize(a[1])) ? "[x]" : "[ ]")
            .Fragment("blank", a => $"[[blank:{Count("blank", a)}]]")
            .Fragment("br", _ => "\\")
            .Fragment("anchor", a => Anchor(a));
    }

    private static void RegisterTables(TemplateFunctions f, string templatesDirectory)
    {
        f.Fragment("table", (a, scope) =>
        {
            var (path, display) = Definition("table", a, templatesDirectory);
            var definition = TableDefinitionLoader.Load(path, display, scope.Diagnostics);
            return definition is null ? "" : TableRenderer.Render(definition, scope.Root, scope.Diagnostics, scope.Facts) ?? "";
        });
        f.Fragment("chart", (a, scope) =>
        {
            var (path, display) = Definition("chart", a, templatesDirectory);
            var definition = TableDefinitionLoader.LoadChart(path, display, scope.Diagnostics);
            return definition is null ? "" : ChartRenderer.Render(definition, scope.Root, scope.Diagnostics) ?? "";
        });
    }

    /// <summary>
    /// <c>fact "peo_name" name</c> prints a text value as the fact the profile declares under that name (the text
    /// alone in a document the profile does not tag); <c>text_block "pvp_table"</c> opens a block container, closed by
    /// <c>:::</c>, whose blocks are (a fragment of) that text block.
    /// </summary>
    private static void RegisterFacts(TemplateFunctions f)
    {
        f.Fragment("fact", (a, scope) =>
        {
            var name = Text("fact", a, 0);
            var printed = MarkdownEscaper.Escape(a.Count > 1 ? a[1] as string ?? throw Wrong("fact", "a text to print", a[1]) : throw Wrong("fact", "a text to print", null));
            return scope.Facts?.Named(name, printed, a.Count > 2 ? a[2] : null) ?? printed;
        });
        f.Fragment("text_block", (a, scope) =>
        {
            var name = Text("text_block", a, 0);
            return scope.Facts?.TextBlockStart(name) ?? "::: section " + name;
        });
    }

    private static (string Path, string Display) Definition(string helper, IReadOnlyList<object?> a, string templatesDirectory)
    {
        var id = Text(helper, a, 0);
        var path = TableDefinitionLoader.Find(templatesDirectory, id)
                   ?? throw new TemplateException(TemplateDiagnostics.TableDefinitionNotFound, id, $"templates/<document>/tables/{id}.yaml");
        var display = (Path.GetFileName(Path.TrimEndingDirectorySeparator(templatesDirectory)) + "/" + Path.GetRelativePath(templatesDirectory, path)).Replace('\\', '/');
        return (path, display);
    }

    private static string JoinAnd(IReadOnlyList<object?> a)
    {
        if (a.Count < 1 || a[0] is not IEnumerable items || a[0] is string) throw Wrong("join_and", "a list", a.Count == 0 ? null : a[0]);
        var key = a.Count > 1 ? Text("join_and", a, 1) : null;
        var names = items.Cast<object?>()
            .Select(item => key is null ? item as string : (item as IReadOnlyDictionary<string, object?>)?.GetValueOrDefault(key) as string)
            .Select(name => name ?? throw Wrong("join_and", key is null ? "a list of text" : $"items with '{key}'", items))
            .ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            2 => names[0] + " and " + names[1],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    /// <summary>
    /// The printed number of the item at a zero-based <c>@index</c>, optionally zero-padded (<c>01</c> on the card).
    /// Numbering a list's items is layout, not a figure of the filing, so it lives here rather than in Compute.
    /// </summary>
    private static string ItemNumber(IReadOnlyList<object?> a)
    {
        var index = Count("item_number", a);
        var digits = a.Count > 1 && CellFormatter.AsDecimal(a[1]) is { } d ? (int)d : 1;
        return (index + 1).ToString(new string('0', Math.Max(1, digits)), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// How many columns a table written in a template has: one per item of a list plus the fixed ones
    /// (<c>column_count categories 2</c>), for a cell spanning the row. Laying out a table is not a figure of the filing.
    /// </summary>
    private static string ColumnCount(IReadOnlyList<object?> a)
    {
        if (a.Count < 1 || a[0] is not IEnumerable list || a[0] is string or IReadOnlyDictionary<string, object?>) throw Wrong("column_count", "a list", a.Count == 0 ? null : a[0]);
        var fixedColumns = a.Count > 1 ? Count("column_count", [a[1]]) : 0;
        return (list.Cast<object?>().Count() + fixedColumns).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A list set in N columns, filled down each column first as a ballot lists nominees: rows of cells, each cell the
    /// item with its zero-based position (<c>index</c>, <c>item</c>), or nil where the last column runs short.
    /// Arranging items is layout, like <c>item_number</c>, not a figure of the filing.
    /// </summary>
    private static List<List<Dictionary<string, object?>?>> Columns(IReadOnlyList<object?> a)
    {
        if (a.Count < 1 || a[0] is not IEnumerable list || a[0] is string or IReadOnlyDictionary<string, object?>) throw Wrong("columns", "a list", a.Count == 0 ? null : a[0]);
        var columns = Count("columns", [a.Count > 1 ? a[1] : null]);
        if (columns is < 1 or > 6) throw Wrong("columns", "a column count from 1 to 6", a.Count > 1 ? a[1] : null);
        var items = list.Cast<object?>().ToList();
        var rows = (int)((items.Count + columns - 1) / columns);
        return Enumerable.Range(0, rows)
            .Select(r => Enumerable.Range(0, (int)columns)
                .Select(c => c * rows + r)
                .Select(i => i < items.Count ? new Dictionary<string, object?> { ["index"] = i, ["item"] = items[i] } : null)
                .ToList())
            .ToList();
    }

    /// <summary>A heading id from its parts, <c>{{anchor "proposal-" number}}</c> → <c>{#proposal-2}</c>: lower case, letters, digits and hyphens.</summary>
    private static string Anchor(IReadOnlyList<object?> a)
    {
        var id = string.Concat(a.Select(x => Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture))).ToLowerInvariant();
        var slug = new string(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? throw Wrong("anchor", "parts of an id", id) : "{#" + slug + "}";
    }

    private static string Markers(IReadOnlyList<object?> a)
    {
        var markers = a.SelectMany(x => x is IEnumerable e and not string ? e.Cast<object?>() : [x])
            .Select(x => x as string ?? Convert.ToString(x, System.Globalization.CultureInfo.InvariantCulture) ?? "")
            .ToList();
        var bad = markers.FirstOrDefault(m => !FootnoteMarkers.IsValid(m));
        if (bad is not null) throw Wrong("fn", "footnote markers of letters, digits or '*'", bad);
        return FootnoteMarkers.Format(markers);
    }

    private static object? Normalize(object? value) => CellFormatter.AsDecimal(value) is { } d ? d : value;

    private static decimal? Number(string helper, IReadOnlyList<object?> a, int index)
    {
        if (a.Count <= index) throw Wrong(helper, $"a number as argument {index + 1}", null);
        var value = a[index];
        if (value is null) return null;
        return CellFormatter.AsDecimal(value) ?? throw Wrong(helper, "a number", value);
    }

    /// <summary>A count: a whole number, or a list whose items are counted.</summary>
    private static long Count(string helper, IReadOnlyList<object?> a)
    {
        var value = a.Count > 0 ? a[0] : null;
        if (value is ICollection list) return list.Count;
        var number = CellFormatter.AsDecimal(value);
        return number is { } n && n == decimal.Truncate(n) ? (long)n : throw Wrong(helper, "a whole number or a list", value);
    }

    /// <summary>
    /// <c>md field</c>, or <c>md field object</c> for a value that names date fields of its object as <c>{field}</c>
    /// (<see cref="MarkdownFieldReferences"/>), each printed as <c>long_date</c> prints it. A reference md is not
    /// given the object for is an error, never a brace in the filing.
    /// </summary>
    private static string Markdown(IReadOnlyList<object?> a)
    {
        if (a.Count is < 1 or > 2 || a[0] is not MarkdownText md)
            throw new TemplateException(TemplateDiagnostics.NotMarkdownText, Describe(a.Count == 0 ? null : a[0]));
        var owner = a.Count == 2 ? a[1] as IReadOnlyDictionary<string, object?> : null;
        var text = MarkdownFieldReferences.Fill(md.Value, name => owner?.GetValueOrDefault(name) is DateOnly date
            ? DateFormat.Long(date)
            : throw new TemplateException(TemplateDiagnostics.UnfilledMarkdownField, name, owner is null ? "md was not given the value's object (md field object)" : "its object has no such date"));
        return MarkdownEscaper.SanitizeMarkdown(text);
    }

    private static DateOnly Date(string helper, IReadOnlyList<object?> a) =>
        a.Count > 0 && a[0] is DateOnly d ? d : throw Wrong(helper, "a date", a.Count > 0 ? a[0] : null);

    private static string Text(string helper, IReadOnlyList<object?> a, int index) =>
        a.Count > index && a[index] is string s ? s : throw Wrong(helper, $"text as argument {index + 1}", a.Count > index ? a[index] : null);

    private static TemplateException Wrong(string helper, string expected, object? actual) =>
        new(TemplateDiagnostics.HelperArgument, helper, expected, Describe(actual));

    /// <summary>How a template value is named in messages: nil, text 'x', an object, a list, or its type and value.</summary>
    public static string Describe(object? value) => value switch
    {
        null => "nil",
        string s => $"text '{s}'",
        IReadOnlyDictionary<string, object?> => "an object",
        IEnumerable => "a list",
        _ => $"{value.GetType().Name} {value}",
    };
}
