namespace FilingForge.Templating.Tables;

/// <summary>
/// A table described once in <c>templates/&lt;document&gt;/tables/&lt;id&gt;.yaml</c>: its columns, grouped headers, row
/// source and footnotes. <see cref="TableRenderer"/> resolves it against the filing into an <c>~~~ ff-table</c> block.
/// Paths are dotted keys into the template value tree (<see cref="TemplateContextBuilder"/>); a number selects a
/// list item (<c>potential_realizable_values.0</c>).
/// </summary>
public sealed class TableDefinition : ILocatedDefinition
{
    public Dictionary<string, Diagnostics.SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public string Id { get; set; } = "";
    public string Caption { get; set; } = "";

    /// <summary><c>rows</c> (one table row per item) or <c>transposed</c> (one column per item, one row per line).</summary>
    public string Layout { get; set; } = "rows";

    /// <summary>Path of the collection the rows (or, transposed, the columns) come from, such as <c>computed.summary_compensation</c>.</summary>
    public string Rows { get; set; } = "";

    /// <summary>Consecutive rows with the same value at this path are one person's rows: kept together, name printed once.</summary>
    public string? GroupBy { get; set; }

    /// <summary>Path of one object printed as a total row with the same columns.</summary>
    public string? Total { get; set; }

    /// <summary>Path of the data's footnotes (<c>id</c>, optional <c>column</c>, <c>text</c>), printed under the table.</summary>
    public string? Footnotes { get; set; }

    /// <summary>Footnotes written in the definition itself, for markers the definition adds (<see cref="TableColumn.NoteWhen"/>).</summary>
    public List<TableNote> Notes { get; set; } = [];

    public List<TableColumn> Columns { get; set; } = [];
    public List<HeaderGroup> HeaderGroups { get; set; } = [];

    /// <summary>Transposed layout: the header above the row labels, the path of each item's column header, and the rows.</summary>
    public string LabelHeader { get; set; } = "";
    public string? ColumnHeader { get; set; }
    public TransposedColumnStyle? ItemColumns { get; set; }
    public List<TransposedLine> Lines { get; set; } = [];

    /// <summary>Where the definition was read from, for diagnostics.</summary>
    public string SourceFile { get; set; } = "";

    /// <summary>The keys of the columns left out because no row fills them (<see cref="TableColumn.OmitWhenEmpty"/>).</summary>
    public IReadOnlyList<string> OmittedColumns { get; private set; } = [];

    /// <summary>The same definition without the <paramref name="omitted"/> columns, over the header groups given.</summary>
    public TableDefinition Without(IReadOnlySet<string> omitted, List<HeaderGroup> headerGroups)
    {
        var copy = (TableDefinition)MemberwiseClone();
        copy.Columns = Columns.Where(c => !omitted.Contains(c.Key)).ToList();
        copy.HeaderGroups = headerGroups;
        copy.OmittedColumns = [.. omitted.Order(StringComparer.Ordinal)];
        return copy;
    }
}

public sealed class TableColumn : ILocatedDefinition
{
    public Dictionary<string, Diagnostics.SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public string Key { get; set; } = "";

    /// <summary>Header text; a list gives the lines of a multi-line header cell.</summary>
    public List<string> Header { get; set; } = [];
    public string Kind { get; set; } = "text";
    public string? Align { get; set; }
    public decimal Width { get; set; } = 1;

    /// <summary>Path of the cell value in a row item.</summary>
    public string Value { get; set; } = "";

    /// <summary>How the value prints: text, number, year, shares, money, price, millions, percent, percent_one_decimal, percent_of_class, date, date_numeric, date_short, period.</summary>
    public string? Format { get; set; }

    /// <summary>Money: <c>first_row</c> (default: first row and total), <c>none</c>, <c>every_row</c>.</summary>
    public string? DollarSign { get; set; }

    /// <summary>Printed instead of the em dash when the value is nil, such as <c>-0-</c> or <c>N/A</c>.</summary>
    public string? Missing { get; set; }

    /// <summary>Printed instead of a zero amount, such as an em dash for a holder who owns no shares.</summary>
    public string? Zero { get; set; }

    /// <summary>Percent of class: path of the flag that prints <c>*</c> instead of the percent.</summary>
    public string? LessThanOnePercent { get; set; }

    /// <summary>Path of footnote markers after the value: a list, or a map from column key to list.</summary>
    public string? Notes { get; set; }

    /// <summary>Path of a flag that adds <see cref="NoteMarker"/> after the value (the chairman's footnote).</summary>
    public string? NoteWhen { get; set; }
    public string? NoteMarker { get; set; }

    /// <summary>Print the value only in the first row of a person's group, blank below.</summary>
    public bool FirstInGroup { get; set; }

    /// <summary>
    /// Leave the column out when no row has a value in it, nil or zero (Item 402(a)(5): a column may be omitted when no
    /// compensation is reported in it, as Cabot's Summary Compensation Table has no Bonus column).
    /// </summary>
    public bool OmitWhenEmpty { get; set; }

    /// <summary>Path of a line printed in this column on the group's second row (the position under the name).</summary>
    public string? SecondLine { get; set; }
}

public sealed class HeaderGroup
{
    public string Key { get; set; } = "";
    public List<string> Title { get; set; } = [];
    public List<string> Columns { get; set; } = [];
}

public sealed class TableNote
{
    public string Marker { get; set; } = "";
    public string Text { get; set; } = "";
}

public sealed class TransposedColumnStyle
{
    public string Format { get; set; } = "money";
    public string? DollarSign { get; set; }
    public decimal Width { get; set; } = 1;
}

public sealed class TransposedLine : ILocatedDefinition
{
    public Dictionary<string, Diagnostics.SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public string Key { get; set; } = "";
    public string Label { get; set; } = "";
    public string Value { get; set; } = "";
    public bool Total { get; set; }
}
