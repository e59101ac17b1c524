namespace FilingForge.Writers.Charts;

/// <summary>The shape drawn at each point of a series, so series differ without colour (printed in black and white).</summary>
public enum ChartMarker
{
    Square,
    Triangle,
    Diamond,
    Circle,
}

/// <summary>
/// Which marker each series gets: one order for every writer, so the first series has squares in the PDF, in the
/// Word chart and in the preview alike.
/// </summary>
public static class ChartMarkers
{
    private static readonly ChartMarker[] Order = [ChartMarker.Square, ChartMarker.Triangle, ChartMarker.Diamond, ChartMarker.Circle];

    public static ChartMarker For(int seriesIndex) => Order[seriesIndex % Order.Length];
}
