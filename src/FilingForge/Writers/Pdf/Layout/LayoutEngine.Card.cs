using System.Globalization;
using FilingForge.Document;

namespace FilingForge.Writers.Pdf.Layout;

/// <summary>
/// A proxy card: two sides of one sheet (the document's blocks split at its top-level page breaks), each folded once.
/// On a side with a detach line everything before the line stays above the fold, the line sits on the fold, and what
/// follows fills the part below it. Content that does not fit its part is an error naming the document and the side,
/// never a page the card does not have: it is still laid out, on a further page, so nothing is lost from view.
/// </summary>
public sealed partial class LayoutEngine
{
    /// <summary>Space kept clear on each side of the fold, so no text runs into the perforation.</summary>
    private const double FoldClearance = 10;

    private CardState? _card;

    private sealed class CardState(IReadOnlyList<bool> folds)
    {
        /// <summary>Whether each side has a detach line, and so a fold its text must respect.</summary>
        public IReadOnlyList<bool> Folds { get; } = folds;

        /// <summary>The side being laid out, from 0.</summary>
        public int Side { get; set; }

        /// <summary>The side's detach line is still to come: its text stays above the fold.</summary>
        public bool FoldPending { get; set; }

        /// <summary>The page break between the sides is being taken, which is no overflow.</summary>
        public bool Turning { get; set; }

        /// <summary>An overflow was reported; later pages are laid out as plain pages.</summary>
        public bool Overflowed { get; set; }

        public bool HasFold(int side) => side < Folds.Count && Folds[side];
    }

    private void RunCard(IReadOnlyList<Block> blocks)
    {
        var sides = CardSides.Of(blocks);
        if (sides.Count > 2) Report(PdfDiagnostics.CardHasMoreThanTwoSides, _documentName, sides.Count);
        _card = new CardState(sides.Select(side => BlockTree.Descendants(side).Any(b => b is DetachLine)).ToList());
        for (var i = 0; i < sides.Count; i++)
        {
            if (i > 0) TurnCard();
            foreach (var block in sides[i]) LayoutBlock(block);
        }
    }

    private void TurnCard()
    {
        var card = _card!;
        card.Side++;
        card.Turning = true;
        NewPage();
        card.Turning = false;
    }

    /// <summary>Where a new page's first part ends: above the fold on a card side with a detach line; null otherwise.</summary>
    private double? CardPartBottom()
    {
        if (_card is not { Overflowed: false } card || !card.HasFold(card.Side))
        {
            if (_card is not null) _card.FoldPending = false;
            return null;
        }

        card.FoldPending = true;
        return _s.Fold!.Value - FoldClearance;
    }

    /// <summary>A page break the card did not ask for: the part being filled is full. Reported once per card.</summary>
    private void CardOverflow()
    {
        if (_card is not { Turning: false, Overflowed: false } card) return;
        card.Overflowed = true;
        var fold = _s.Fold!.Value.ToString("0.#", CultureInfo.InvariantCulture);
        var part = card.FoldPending ? $"above its fold ({fold} pt from the top of the card)"
            : card.HasFold(card.Side) ? "below its fold" : "on its side of the card";
        Report(PdfDiagnostics.CardSideDoesNotFit, _documentName, card.Side + 1, card.Side == 0 ? "front" : "reverse", part);
    }

    /// <summary>
    /// The side's detach line, on the fold whatever room the text above it left; what follows starts below the fold.
    /// False when the line is not a fold (a second detach line on a side, reported, or a card already overflowed).
    /// </summary>
    private bool PlaceOnFold(DetachLine detach)
    {
        if (_card is not { } card) return false;
        if (!card.FoldPending)
        {
            if (!card.Overflowed) Report(PdfDiagnostics.SecondDetachLine, _documentName, card.Side + 1, detach.Label);
            return false;
        }

        _ = Page;
        var fold = _s.Fold!.Value;
        DrawDetachLine(detach.Label, fold);
        card.FoldPending = false;
        _y = fold + FoldClearance;
        _bottom = _s.ContentBottom;
        return true;
    }
}
