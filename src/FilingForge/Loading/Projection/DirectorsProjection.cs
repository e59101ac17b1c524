using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>directors.yaml</c> into <see cref="DirectorsFile"/>.</summary>
internal static class DirectorsProjection
{
    public static DirectorsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new DirectorsFile
        {
            BoardMeetingsHeld = read.Int32(nameof(DirectorsFile.BoardMeetingsHeld)),
            AttendanceThresholdPercent = read.Int32(nameof(DirectorsFile.AttendanceThresholdPercent)),
            AuthorizedBoardSize = read.Int32(nameof(DirectorsFile.AuthorizedBoardSize)),
            Directors = read.Objects(nameof(DirectorsFile.Directors), DirectorOf),
        });
    }

    private static Director DirectorOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new Director
        {
            Person = read.Text(nameof(Director.Person)),
            Age = read.OptionalInt32(nameof(Director.Age)),
            DirectorSince = read.OptionalInt32(nameof(Director.DirectorSince)),
            Nominee = read.Boolean(nameof(Director.Nominee)),
            Chairman = read.Boolean(nameof(Director.Chairman)),
            ChairmanSince = read.OptionalDate(nameof(Director.ChairmanSince)),
            Independent = read.Boolean(nameof(Director.Independent)),
            Biography = read.OptionalMarkdown(nameof(Director.Biography)),
        });
    }
}
