namespace FilingForge.Document;

/// <summary>
/// A line chart (the stock performance graph). Values are already computed; writers only draw them.
/// Required content never exists only as a picture: every writer also renders <see cref="DataTable"/>.
/// </summary>
public sealed record Chart(
    string Id,
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    string ValueAxisTitle,
    Table DataTable) : Block;

public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values);
