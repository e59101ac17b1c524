using FilingForge.Document;

namespace FilingForge.Writers.Pdf.Layout;

public sealed partial class LayoutEngine
{
    /// <summary>
    /// Check boxes drawn as squares (with a cross when checked), each followed by its label. Short labels share a row;
    /// a label too long for the rest of the row starts a row of its own and wraps with its lines hanging under the
    /// first, after the square, as a printed form sets them.
    /// </summary>
    private void LayoutCheckboxes(CheckboxLine line)
    {
        var size = _s.BodySize;
        var square = size * 0.8;
        const double gap = 4;
        var height = LineHeight(size);
        Fit(height);
        var x = _left;
        var rowOpen = false;
        foreach (var box in line.Boxes)
        {
            var words = Words(box.Label, _s.Body, size, _s.TextColor);
            var lines = LineBreaker.Break(words, LabelWidth(x, square + gap));
            if (x > _left && lines.Count > 1)
            {
                _y += height;
                x = _left;
                lines = LineBreaker.Break(words, LabelWidth(x, square + gap));
            }

            // The square goes with the first lines of its label: PlaceLines keeps two or three together.
            Fit(Math.Min(Math.Max(lines.Count, 1), 3) * height);
            DrawCheckbox(box.Checked, x, square, _y + size * 0.8 + _s.Leading / 2);
            var labelX = x + square + gap;
            if (lines.Count > 1)
            {
                PlaceLines(lines, labelX, _right - labelX, TextAlignment.Left);
                x = _left;
                rowOpen = false;
                continue;
            }

            if (lines.Count == 1) EmitLine(lines[0], labelX, _y + size * 0.8 + _s.Leading / 2, 0);
            x = labelX + (lines.Count == 1 ? lines[0].NaturalWidth : 0) + size * 2;
            rowOpen = true;
        }

        if (rowOpen) _y += height;
        SpaceAfterBlock();
    }

    /// <summary>The width left for a label whose box starts at <paramref name="x"/> (never so narrow that no word fits).</summary>
    private double LabelWidth(double x, double boxWidth) => Math.Max(_right - x - boxWidth, 20);

    private void DrawCheckbox(bool isChecked, double x, double square, double baseline)
    {
        var top = baseline - square * 0.9;
        Add(new BoxItem(x, top, square, square, 0.6, _s.TextColor, null));
        ExtractableSymbol(isChecked ? "\u2612" : "\u2610", x, baseline, square);
        if (!isChecked) return;
        Add(new RuleItem(x + 1.5, top + 1.5, x + square - 1.5, top + square - 1.5, 0.8, _s.TextColor));
        Add(new RuleItem(x + 1.5, top + square - 1.5, x + square - 1.5, top + 1.5, 0.8, _s.TextColor));
    }

    /// <summary>The ballot box as invisible text over the drawn square, so the box can be searched and copied.</summary>
    private void ExtractableSymbol(string symbol, double x, double baseline, double width)
    {
        var face = _s.Body[false, false];
        foreach (var (font, text) in face.Segments(symbol))
            Add(new TextItem(x, baseline, font, _s.BodySize, text, width, 0, _s.TextColor, Invisible: true));
    }

    /// <summary>Signature and date lines: a rule to sign on, any pre-filled value above it, the label below.</summary>
    private void LayoutSignature(SignatureBlock block)
    {
        if (_s.Fold is not null)
        {
            LayoutSignatureRow(block);
            return;
        }

        var body = new TextStyle(_s.Body[false, false], _s.BodySize, _s.TextColor);
        var note = new TextStyle(_s.Note[false, false], _s.NoteSize, _s.TextColor);
        var lineWidth = Math.Min(Width, 252);
        var each = LineHeight(_s.BodySize) + LineHeight(_s.NoteSize) + _s.ParagraphSpacing * 2;
        Fit(each * Math.Min(block.Lines.Count, 2));
        foreach (var line in block.Lines)
        {
            Fit(each);
            _y += _s.ParagraphSpacing * 2;
            var ruleY = _y + LineHeight(_s.BodySize);
            if (line.Value is not null) EmitRun(body, line.Value, _left + 2, ruleY - 3, 0);
            Add(new RuleItem(_left, ruleY, _left + lineWidth, ruleY, 0.6, _s.TextColor));
            EmitRun(note, line.Label, _left, ruleY + _s.NoteSize + 1, 0);
            _y = ruleY + LineHeight(_s.NoteSize);
        }

        SpaceAfterBlock();
    }

    /// <summary>The fold-and-detach line: on a card it sits on the fold, elsewhere it follows the text.</summary>
    private void LayoutDetachLine(DetachLine detach)
    {
        if (PlaceOnFold(detach)) return;
        Fit(LineHeight(_s.NoteSize) + _s.ParagraphSpacing * 2);
        _y += _s.ParagraphSpacing;
        DrawDetachLine(detach.Label, _y + _s.NoteSize / 2);
        _y += LineHeight(_s.NoteSize);
        SpaceAfterBlock();
    }

    /// <summary>The dashed line across the column at <paramref name="lineY"/>, its label centred in a gap.</summary>
    private void DrawDetachLine(string label, double lineY)
    {
        var style = new TextStyle(_s.Note[false, false], _s.NoteSize, _s.TextColor);
        var labelWidth = style.Measure(label);
        var middle = (_left + _right) / 2;
        var gapLeft = middle - labelWidth / 2 - 6;
        var gapRight = middle + labelWidth / 2 + 6;
        Add(new RuleItem(_left, lineY, Math.Max(_left, gapLeft), lineY, 0.6, _s.TextColor, Dashed: true));
        Add(new RuleItem(Math.Min(_right, gapRight), lineY, _right, lineY, 0.6, _s.TextColor, Dashed: true));
        EmitRun(style, label, middle - labelWidth / 2, lineY + _s.NoteSize * 0.35, 0);
    }

    /// <summary>A card's signature and date lines side by side on one row, as printed cards set them.</summary>
    private void LayoutSignatureRow(SignatureBlock block)
    {
        const double gap = 18;
        var body = new TextStyle(_s.Body[false, false], _s.BodySize, _s.TextColor);
        var note = new TextStyle(_s.Note[false, false], _s.NoteSize, _s.TextColor);
        var count = Math.Max(block.Lines.Count, 1);
        var lineWidth = (Width - gap * (count - 1)) / count;
        Fit(_s.ParagraphSpacing * 2 + LineHeight(_s.BodySize) + LineHeight(_s.NoteSize));
        _y += _s.ParagraphSpacing * 2;
        var ruleY = _y + LineHeight(_s.BodySize);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var x = _left + i * (lineWidth + gap);
            var line = block.Lines[i];
            if (line.Value is not null) EmitRun(body, line.Value, x + 2, ruleY - 3, 0);
            Add(new RuleItem(x, ruleY, x + lineWidth, ruleY, 0.6, _s.TextColor));
            EmitRun(note, line.Label, x, ruleY + _s.NoteSize + 1, 0);
        }

        _y = ruleY + LineHeight(_s.NoteSize);
        SpaceAfterBlock();
    }
}
