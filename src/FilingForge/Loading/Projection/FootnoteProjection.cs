using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary>A table footnote, the same type under every table of every file.</summary>
internal static class FootnoteProjection
{
    public static Footnote Of(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new Footnote
        {
            Id = read.Text(nameof(Footnote.Id)),
            Column = read.OptionalText(nameof(Footnote.Column)),
            Text = read.Markdown(nameof(Footnote.Text)),
        });
    }
}
