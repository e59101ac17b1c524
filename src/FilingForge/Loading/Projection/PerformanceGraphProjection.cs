using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>performance-graph.yaml</c> into <see cref="PerformanceGraphFile"/>.</summary>
internal static class PerformanceGraphProjection
{
    public static PerformanceGraphFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new PerformanceGraphFile
        {
            Introduction = read.Markdown(nameof(PerformanceGraphFile.Introduction)),
            InitialInvestment = read.Decimal(nameof(PerformanceGraphFile.InitialInvestment)),
            Periods = read.List(nameof(PerformanceGraphFile.Periods), ProjectedValue.Date),
            Series = read.Objects(nameof(PerformanceGraphFile.Series), SeriesOf),
            Footnotes = read.Objects(nameof(PerformanceGraphFile.Footnotes), FootnoteProjection.Of),
        });
    }

    private static PerformanceSeries SeriesOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new PerformanceSeries
        {
            Key = read.Text(nameof(PerformanceSeries.Key)),
            Name = read.Text(nameof(PerformanceSeries.Name)),
            Values = read.List(nameof(PerformanceSeries.Values), ProjectedValue.Decimal),
            Notes = read.List(nameof(PerformanceSeries.Notes), ProjectedValue.Text),
        });
    }
}
