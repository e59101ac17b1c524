namespace FilingForge.Templating.Tables;

/// <summary>
/// The performance graph described in <c>tables/&lt;id&gt;.yaml</c> with <c>layout: chart</c>: where its periods and
/// series come from and the words around it. <see cref="ChartRenderer"/> writes the <c>~~~ ff-chart</c> block.
/// </summary>
public sealed class ChartDefinition : ILocatedDefinition
{
    public Dictionary<string, Diagnostics.SourceLocation> Locations { get; } = new(StringComparer.Ordinal);

    public string Id { get; set; } = "";
    public string Layout { get; set; } = "chart";
    public string Title { get; set; } = "";
    public string Axis { get; set; } = "";

    /// <summary>Path of the period dates, printed like <c>Jun-00</c>.</summary>
    public string Periods { get; set; } = "";

    /// <summary>Path of the series list; in each item, the paths of the series name and of its values.</summary>
    public string Series { get; set; } = "";
    public string SeriesName { get; set; } = "";
    public string SeriesValues { get; set; } = "";

    public string SourceFile { get; set; } = "";
}
