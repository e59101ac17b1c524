using FilingForge.Document;

namespace FilingForge.Parsing.Extensions.Tables;

/// <summary>The words of the <c>~~~ ff-table</c> line syntax.</summary>
internal static class TableSyntax
{
    public static TextAlignment? Alignment(string word) => word switch
    {
        "left" => TextAlignment.Left,
        "center" => TextAlignment.Center,
        "right" => TextAlignment.Right,
        _ => null,
    };

    public static ColumnKind? Kind(string word) => word switch
    {
        "text" => ColumnKind.Text,
        "number" => ColumnKind.Number,
        "money" => ColumnKind.Money,
        "percent" => ColumnKind.Percent,
        "date" => ColumnKind.Date,
        _ => null,
    };
}
