using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>meeting.yaml</c> into <see cref="MeetingFile"/>.</summary>
internal static class MeetingProjection
{
    public static MeetingFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new MeetingFile
        {
            FilingType = read.Enum<FilingType>(nameof(MeetingFile.FilingType)),
            MeetingYear = read.Int32(nameof(MeetingFile.MeetingYear)),
            FiscalYear = read.Int32(nameof(MeetingFile.FiscalYear)),
            FiscalYearEnd = read.Date(nameof(MeetingFile.FiscalYearEnd)),
            Date = read.Date(nameof(MeetingFile.Date)),
            Time = read.Text(nameof(MeetingFile.Time)),
            TimeZone = read.Text(nameof(MeetingFile.TimeZone)),
            Venue = read.Object(nameof(MeetingFile.Venue), VenueOf),
            RecordDate = read.Date(nameof(MeetingFile.RecordDate)),
            SharesOutstanding = read.Int64(nameof(MeetingFile.SharesOutstanding)),
            NoticeDate = read.OptionalDate(nameof(MeetingFile.NoticeDate)),
            MailingDate = read.OptionalDate(nameof(MeetingFile.MailingDate)),
            InformationDate = read.Date(nameof(MeetingFile.InformationDate)),
            LetterSigner = read.Text(nameof(MeetingFile.LetterSigner)),
            LetterSignerTitle = read.Text(nameof(MeetingFile.LetterSignerTitle)),
            Secretary = read.Text(nameof(MeetingFile.Secretary)),
            RegistrationTime = read.Text(nameof(MeetingFile.RegistrationTime)),
            SeatingTime = read.Text(nameof(MeetingFile.SeatingTime)),
            ElectronicVotingDeadline = read.Object(nameof(MeetingFile.ElectronicVotingDeadline), DeadlineOf),
            StockholderProposalDeadline = read.OptionalDate(nameof(MeetingFile.StockholderProposalDeadline)),
            AnnualReportYear = read.Int32(nameof(MeetingFile.AnnualReportYear)),
        });
    }

    private static Venue VenueOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new Venue
        {
            Name = read.Text(nameof(Venue.Name)),
            Address = read.Object(nameof(Venue.Address), PostalAddressProjection.Of),
        });
    }

    private static VotingDeadline DeadlineOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new VotingDeadline
        {
            Date = read.Date(nameof(VotingDeadline.Date)),
            Time = read.Text(nameof(VotingDeadline.Time)),
        });
    }
}
