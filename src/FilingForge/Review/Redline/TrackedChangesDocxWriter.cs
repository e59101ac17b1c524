using FilingForge.Writers.Docx.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FilingForge.Review.Diff;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>
/// A compared document as a Word document with real tracked changes: every insertion a <c>w:ins</c>, every deletion
/// a <c>w:del</c>, by author <see cref="Author"/> at one fixed time, so Word's Review pane can accept or reject each.
/// Change ids count up from 1 in document order; parts have fixed relationship ids; the zip is repacked with fixed
/// entry times. The comparison summary opens the document as ordinary (untracked) text.
/// </summary>
public static class TrackedChangesDocxWriter
{
    public const string Author = "FilingForge";

    public static byte[] Write(DocumentChanges changes, string oldLabel, string newLabel) =>
        Write(changes, oldLabel, newLabel, PackageTimestamp.For(changes.New.Properties));

    public static byte[] Write(DocumentChanges changes, string oldLabel, string newLabel, DateTimeOffset timestamp)
    {
        var marks = new RevisionMarks(timestamp.UtcDateTime);
        var body = new W.Body();
        RedlineSummaryParagraphs.Append(body, changes, oldLabel, newLabel);
        foreach (var block in changes.Blocks)
        {
            if (block.Table is { } table) body.Append(RedlineTableBuilder.Build(table, block.Kind, marks));
            else body.Append(RedlineParagraphBuilder.Build(block, marks));
        }

        body.Append(new W.SectionProperties(
            new W.PageSize { Width = 12240U, Height = 15840U },
            new W.PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
        return Package(body, timestamp);
    }

    private static byte[] Package(W.Body body, DateTimeOffset timestamp)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            package.ChangeIdOfPart(main, "rIdDocument");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = RedlineStyles.Build();
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = new W.Settings(
                new W.TrackRevisions(),
                new W.DefaultTabStop { Val = 720 },
                new W.Compatibility(new W.CompatibilitySetting
                {
                    Name = W.CompatSettingNameValues.CompatibilityMode, Uri = "http://schemas.microsoft.com/office/word", Val = "15",
                }));
            main.Document = new W.Document(body);
        }

        return DeterministicZip.Repack(buffer.ToArray(), timestamp, ["[Content_Types].xml"]);
    }
}
