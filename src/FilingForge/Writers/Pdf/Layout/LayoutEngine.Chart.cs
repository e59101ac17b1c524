using System.Globalization;
using FilingForge.Document;
using FilingForge.Writers.Charts;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    private const double PlotHeight = 170;
    private static readonly PdfColor GridColor = new(0.8, 0.8, 0.8);

    /// <summary>The line chart as vector graphics — axes, grid, one line with markers per series, legend — then its data table.</summary>
    private void LayoutChart(Chart chart)
    {
        var note = new TextStyle(_s.Note[false, false], _s.NoteSize, _s.TextColor);
        var title = LineBreaker.Break(Words([new TextRun(chart.Title)], _s.Body, _s.BodySize, _s.TextColor, bold: true), Width);
        var legendHeight = LineHeight(_s.NoteSize) * (1 + chart.Series.Count / 3);
        Fit(title.Sum(l => l.Height(_s.Leading)) + PlotHeight + 3 * LineHeight(_s.NoteSize) + legendHeight + 12);
        var figure = BeginElement(StructureRole.Figure, alternateText: ChartAlternateText.Of(chart));
        PlaceLines(title, _left, Width, TextAlignment.Center);

        EmitRun(note, chart.ValueAxisTitle, _left, _y + _s.NoteSize, 0);
        _y += LineHeight(_s.NoteSize) + 8;
        var scale = ChartScale.For(chart);
        var left = _left + note.Measure(scale.Maximum.ToString("0.##", CultureInfo.InvariantCulture)) + 8;
        var right = _right - 8;
        var top = _y;
        var bottom = top + PlotHeight;
        double Y(double v) => bottom - scale.Fraction(v) * PlotHeight;

        foreach (var v in scale.Ticks())
        {
            Add(new RuleItem(left, Y(v), right, Y(v), 0.3, GridColor));
            var label = v.ToString("0.##", CultureInfo.InvariantCulture);
            EmitRun(note, label, left - 4 - note.Measure(label), Y(v) + _s.NoteSize * 0.3, 0);
        }

        Add(new RuleItem(left, top, left, bottom, 0.75, _s.RuleColor));
        Add(new RuleItem(left, bottom, right, bottom, 0.75, _s.RuleColor));
        var n = Math.Max(1, chart.Categories.Count);
        double X(int i) => left + (i + 0.5) * (right - left) / n;
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            Add(new RuleItem(X(i), bottom, X(i), bottom + 3, 0.5, _s.RuleColor));
            var label = chart.Categories[i];
            EmitRun(note, label, X(i) - note.Measure(label) / 2, bottom + 4 + _s.NoteSize, 0);
        }

        for (var s = 0; s < chart.Series.Count; s++)
        {
            var color = _s.ChartSeries[s % _s.ChartSeries.Count];
            var points = chart.Series[s].Values.Take(chart.Categories.Count).Select((v, i) => (X(i), Y((double)v))).ToList();
            if (points.Count > 1) Add(new PathItem(points, 1.25, color));
            foreach (var (px, py) in points) Marker(s, px, py, color);
        }

        _y = bottom + LineHeight(_s.NoteSize) + 8;
        Legend(chart, note);
        _y += 6;
        EndElement(figure);
        LayoutTable(chart.DataTable);
    }

    private void Legend(Chart chart, TextStyle note)
    {
        var x = _left;
        for (var s = 0; s < chart.Series.Count; s++)
        {
            var name = chart.Series[s].Name;
            var width = 24 + note.Measure(name) + 16;
            if (x > _left && x + width > _right)
            {
                x = _left;
                _y += LineHeight(_s.NoteSize);
            }

            var color = _s.ChartSeries[s % _s.ChartSeries.Count];
            var mid = _y + _s.NoteSize * 0.5;
            Add(new RuleItem(x, mid, x + 18, mid, 1.25, color));
            Marker(s, x + 9, mid, color);
            EmitRun(note, name, x + 24, _y + _s.NoteSize * 0.85, 0);
            x += width;
        }

        _y += LineHeight(_s.NoteSize);
    }

    /// <summary>The series' marker (<see cref="ChartMarkers"/>: the same shape in every format).</summary>
    private void Marker(int series, double x, double y, PdfColor color)
    {
        const double r = 2.6;
        switch (ChartMarkers.For(series))
        {
            case ChartMarker.Square: Add(new BoxItem(x - r, y - r, 2 * r, 2 * r, 0, null, color)); break;
            case ChartMarker.Triangle: Add(new PathItem([(x - r, y + r), (x + r, y + r), (x, y - r)], 0, color, Closed: true, Filled: true)); break;
            case ChartMarker.Diamond: Add(new PathItem([(x - r, y), (x, y - r), (x + r, y), (x, y + r)], 0, color, Closed: true, Filled: true)); break;
            default: Add(new PathItem(Circle(x, y, r), 0, color, Closed: true, Filled: true)); break;
        }
    }

    /// <summary>A circle as a 16-sided polygon: at marker size no reader tells them apart, and paths stay straight lines.</summary>
    private static List<(double X, double Y)> Circle(double x, double y, double r) =>
        Enumerable.Range(0, 16).Select(i => (x + r * Math.Cos(i * Math.PI / 8), y + r * Math.Sin(i * Math.PI / 8))).ToList();
}
