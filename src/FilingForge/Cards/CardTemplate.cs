using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;
using FilingForge.Templating.Formatting;
using FilingForge.Theming;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Layout;

namespace FilingForge.Cards;

/// <summary>
/// The proxy card laid out ONCE for all holders. Before layout, the card's IR gets a "holder of record" panel with
/// marker lines (before the control-number box) and the control-number blank becomes a marker, so the typesetter
/// reserves their space; after layout the markers are taken off the pages and remembered as slots (page, position,
/// font). Each holder's card is then the fixed pages plus a handful of text items placed in those slots.
/// </summary>
public sealed class CardTemplate
{
    public const int HolderLines = 6;
    private const string HolderMarker = "ffholderslot";
    private const string ControlMarker = "ffcontrolnumberslot";

    private CardTemplate(IReadOnlyList<LayoutPage> pages, IReadOnlyList<TextItem> holderSlots, IReadOnlyList<int> holderSlotPages, TextItem controlSlot, int controlPage, double rightEdge)
    {
        Pages = pages;
        _rightEdge = rightEdge;
        _holderSlots = holderSlots;
        _holderSlotPages = holderSlotPages;
        _controlSlot = controlSlot;
        _controlPage = controlPage;
    }

    private readonly IReadOnlyList<TextItem> _holderSlots;
    private readonly IReadOnlyList<int> _holderSlotPages;
    private readonly TextItem _controlSlot;
    private readonly int _controlPage;
    private readonly double _rightEdge;

    /// <summary>The card's pages without the markers: what every holder's card shares.</summary>
    public IReadOnlyList<LayoutPage> Pages { get; }

    /// <summary>Lays the proxy card out once; null (with an error reported) when the control-number box is missing.</summary>
    public static CardTemplate? Create(FilingDocument card, Theme theme, DiagnosticBag diagnostics)
    {
        var personalisable = card with { Blocks = WithSlots(card.Blocks) };
        var pages = new List<LayoutPage>();
        PdfWriter.LayOut(personalisable, theme, diagnostics, _ => new CollectingSink(pages));

        var holderSlots = new TextItem[HolderLines];
        var holderPages = new int[HolderLines];
        TextItem? control = null;
        var controlPage = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var text in pages[p].Items.OfType<TextItem>())
            {
                if (text.Text == ControlMarker) { control = text; controlPage = p; }
                else if (text.Text.StartsWith(HolderMarker, StringComparison.Ordinal)
                         && int.TryParse(text.Text.AsSpan(HolderMarker.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= HolderLines)
                {
                    holderSlots[n - 1] = text;
                    holderPages[n - 1] = p;
                }
            }

            pages[p].Items.RemoveAll(i => i is TextItem t && (t.Text == ControlMarker || t.Text.StartsWith(HolderMarker, StringComparison.Ordinal)));
        }

        if (control is null || holderSlots.Any(s => s is null))
        {
            diagnostics.Report(CardDiagnostics.NoControlNumberBox, SourceLocation.None, card.Name);
            return null;
        }

        return new CardTemplate(pages, holderSlots, holderPages, control, controlPage, RightEdge(card, theme));
    }

    /// <summary>Where a holder's line must end: the text edge of the sheet the card is laid out on.</summary>
    private static double RightEdge(FilingDocument card, Theme theme)
    {
        var page = CardTheme.For(card.Properties.Layout, theme).Page;
        return (double)(page.Width - page.MarginRight);
    }

    /// <summary>The personalised text of one holder's card, per template page.</summary>
    public IReadOnlyList<TextItem>[] Personalise(Holder holder, ControlNumber number)
    {
        var overlay = new List<TextItem>[Pages.Count];
        for (var p = 0; p < overlay.Length; p++) overlay[p] = new List<TextItem>(4);
        var lines = HolderBlock(holder);
        for (var i = 0; i < lines.Count; i++)
        {
            var slot = _holderSlots[i];
            overlay[_holderSlotPages[i]].Add(slot with { Text = lines[i], Width = WidthOf(slot, lines[i]), ExtraPerSpace = 0 });
        }

        var printed = number.Printed;
        var width = WidthOf(_controlSlot, printed);
        var x = _controlSlot.X + (_controlSlot.Width - width) / 2;
        overlay[_controlPage].Add(_controlSlot with { X = x, Text = printed, Width = width, ExtraPerSpace = 0 });
        return overlay;
    }

    /// <summary>
    /// Why a holder's card cannot be printed as registered, or null: a character its slot's font lacks (it would print
    /// as an empty box) or a line wider than the panel (it would run off the card). The register reader reports it as
    /// a bad row, so the holder is skipped or the run fails, and nothing prints wrong.
    /// </summary>
    public Diagnostic? Unprintable(Holder holder, SourceLocation at)
    {
        var lines = HolderBlock(holder);
        for (var i = 0; i < lines.Count; i++)
        {
            var slot = _holderSlots[i];
            if (Missing(slot.Font, lines[i]) is { } rune)
                return CardDiagnostics.UnprintableCharacter.At(at, holder.Id, rune.ToString(), $"U+{rune.Value:X4}", slot.Font.ToString());
            var width = WidthOf(slot, lines[i]);
            if (slot.X + width > _rightEdge + 0.01)
                return CardDiagnostics.HolderLineTooWide.At(at, holder.Id, lines[i], width, _rightEdge - slot.X);
        }

        return null;
    }

    /// <summary>The first character of <paramref name="text"/> the font has no glyph for, or null.</summary>
    private static System.Text.Rune? Missing(Writers.Pdf.Fonts.TrueTypeFont font, string text)
    {
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                if (!font.HasGlyph(c)) return new System.Text.Rune(c);
                i++;
                continue;
            }

            System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            if (!font.HasGlyph(rune.Value)) return rune;
            i += used;
        }

        return null;
    }

    /// <summary>Registered names, then the address, then the share count: at most 2 + 3 + 1 lines, as the register's columns allow.</summary>
    public static List<string> HolderBlock(Holder holder)
    {
        var lines = new List<string>(HolderLines);
        lines.AddRange(holder.RegisteredNames);
        lines.AddRange(holder.AddressLines);
        lines.Add(holder.Shares >= 0
            ? "Shares held of record: " + holder.Shares.ToString("N0", CultureInfo.InvariantCulture) // what ShareFormat gives a whole, non-negative number
            : "Shares held of record: " + ShareFormat.Format(holder.Shares));
        if (lines.Count > HolderLines) throw new ArgumentException($"holder '{holder.Id}' has {lines.Count} lines; a card has {HolderLines}", nameof(holder));
        return lines;
    }

    /// <summary>The text's advance width (whole font units summed, so the same as adding them as doubles rune by rune).</summary>
    private static double WidthOf(TextItem style, string text)
    {
        var font = style.Font;
        long units = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (!char.IsSurrogate(c))
            {
                units += font.AdvanceOf(font.GlyphOf(c));
                i++;
                continue;
            }

            System.Text.Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            units += font.AdvanceOf(font.GlyphOf(rune.Value));
            i += used;
        }

        return (double)units * style.Size / style.Font.UnitsPerEm;
    }

    /// <summary>
    /// The card's blocks with the holder panel inserted before the control-number box and the box's blank made a
    /// marker. A card without the box gets neither, and <see cref="Create"/> reports it.
    /// </summary>
    private static List<Block> WithSlots(IReadOnlyList<Block> blocks)
    {
        var result = new List<Block>(blocks.Count + 1);
        // The card is laid out as PDF, which carries no facts: a tag must not hide the box from the search.
        foreach (var block in BlockTree.Untagged(blocks))
        {
            if (block is Section { Name: "control-number" } box)
            {
                result.Add(HolderPanel());
                result.Add(box with { Blocks = BlockTree.Untagged(box.Blocks).Select(MarkBlank).ToList() });
            }
            else result.Add(block);
        }

        return result;
    }

    private static Section HolderPanel()
    {
        var slots = new List<Inline>();
        for (var i = 1; i <= HolderLines; i++)
        {
            slots.Add(new TextRun(HolderMarker + i.ToString(CultureInfo.InvariantCulture)));
            if (i < HolderLines) slots.Add(new LineBreak());
        }

        return new Section("holder-of-record", SectionStyle.Plain,
        [
            new Paragraph([new Strong([new TextRun("HOLDER OF RECORD")])], TextAlignment.Left),
            new Paragraph(slots, TextAlignment.Left),
        ]);
    }

    private static Block MarkBlank(Block block) => block is Paragraph p
        ? p with { Inlines = p.Inlines.Select(i => i is FillInBlank ? new TextRun(ControlMarker) : i).ToList() }
        : block;

    private sealed class CollectingSink(List<LayoutPage> pages) : IPageSink
    {
        public void PageFinished(LayoutPage page) => pages.Add(page);
    }
}
