using DocumentFormat.OpenXml;
using FilingForge.Review.Diff;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FilingForge.Review.Redline;

/// <summary>Numbers and stamps the revision marks of one redline: ids from 1 in document order, one author, one time.</summary>
internal sealed class RevisionMarks(DateTime time)
{
    private int _next;

    private string NextId() => (++_next).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public W.InsertedRun Inserted(IEnumerable<OpenXmlElement> runs) =>
        new(runs) { Id = NextId(), Author = TrackedChangesDocxWriter.Author, Date = time };

    public W.DeletedRun Deleted(IEnumerable<OpenXmlElement> runs) =>
        new(runs) { Id = NextId(), Author = TrackedChangesDocxWriter.Author, Date = time };

    public W.Inserted ParagraphInserted() => new() { Id = NextId(), Author = TrackedChangesDocxWriter.Author, Date = time };

    public W.Deleted ParagraphDeleted() => new() { Id = NextId(), Author = TrackedChangesDocxWriter.Author, Date = time };

    /// <summary>The runs of a segment list, each insertion and deletion wrapped in its own revision.</summary>
    public IEnumerable<OpenXmlElement> Runs(IReadOnlyList<TextSegment> segments, W.RunProperties? baseProperties = null)
    {
        foreach (var segment in segments)
        {
            switch (segment.Kind)
            {
                case SegmentKind.Same:
                    foreach (var run in RedlineRuns.Of(segment.Tokens, deleted: false, baseProperties)) yield return run;
                    break;
                case SegmentKind.Inserted:
                    yield return Inserted(RedlineRuns.Of(segment.Tokens, deleted: false, baseProperties));
                    break;
                case SegmentKind.Deleted:
                    yield return Deleted(RedlineRuns.Of(segment.Tokens, deleted: true, baseProperties));
                    break;
            }
        }
    }
}
