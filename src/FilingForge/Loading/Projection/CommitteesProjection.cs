using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>committees.yaml</c> into <see cref="CommitteesFile"/>.</summary>
internal static class CommitteesProjection
{
    public static CommitteesFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new CommitteesFile
        {
            Committees = read.Objects(nameof(CommitteesFile.Committees), CommitteeOf),
            Interlocks = read.OptionalMarkdown(nameof(CommitteesFile.Interlocks)),
        });
    }

    private static Committee CommitteeOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new Committee
        {
            Id = read.Text(nameof(Committee.Id)),
            Name = read.Text(nameof(Committee.Name)),
            Chair = read.Text(nameof(Committee.Chair)),
            Members = read.List(nameof(Committee.Members), ProjectedValue.Text),
            MeetingsHeld = read.Int32(nameof(Committee.MeetingsHeld)),
            Responsibilities = read.Markdown(nameof(Committee.Responsibilities)),
            MembershipChanges = read.OptionalMarkdown(nameof(Committee.MembershipChanges)),
            Charter = read.OptionalObject(nameof(Committee.Charter), CharterOf),
        });
    }

    private static CommitteeCharter CharterOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new CommitteeCharter
        {
            Appendix = read.Text(nameof(CommitteeCharter.Appendix)),
            Title = read.Text(nameof(CommitteeCharter.Title)),
            Text = read.Markdown(nameof(CommitteeCharter.Text)),
        });
    }
}
