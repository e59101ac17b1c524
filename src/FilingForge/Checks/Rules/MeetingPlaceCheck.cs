using FilingForge.Values;

namespace FilingForge.Checks.Rules;

/// <summary>
/// A meeting has a place (Schedule 14A Item 1(a)): a venue, a virtual meeting's address online, or both for a hybrid
/// meeting (FF4115). The form declares both optional, since which one a meeting has is the filing's choice.
/// </summary>
public sealed class MeetingPlaceCheck : ICheck
{
    public IReadOnlyList<string> Reads { get; } = ["meeting.venue", "meeting.virtual"];

    public void Run(CheckContext context)
    {
        var meeting = context.Values.File("meeting");
        if (meeting.Object("venue") is null && meeting.Object("virtual") is null)
            context.Report(CheckDiagnostics.MeetingPlaceMissing, meeting, "venue");
    }
}
