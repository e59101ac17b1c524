using FilingForge.Model;

namespace FilingForge.Checks.Rules;

/// <summary>
/// Each named executive has at most three years (FF4105), listed from the latest down (FF4106), all within the last
/// three fiscal years ending with meeting.yaml's <c>fiscal_year</c> (FF4107).
/// </summary>
public sealed class SummaryCompensationYearsCheck : ICheck
{
    public const int MaximumYears = 3;

    public void Run(CheckContext context)
    {
        var last = context.Filing.Meeting.FiscalYear;
        var first = last - MaximumYears + 1;
        foreach (var officer in context.Filing.SummaryCompensation.Officers)
        {
            var name = context.NameOf(officer.Person);
            if (officer.Years.Count > MaximumYears)
                context.Report(CheckDiagnostics.TooManyCompensationYears, officer, nameof(NamedExecutive.Years), name, officer.Years.Count);
            for (var i = 0; i < officer.Years.Count; i++)
            {
                var year = officer.Years[i];
                if (i > 0 && year.Year >= officer.Years[i - 1].Year)
                    context.Report(CheckDiagnostics.CompensationYearsNotDescending, year, nameof(CompensationYear.Year), name, year.Year, officer.Years[i - 1].Year);
                if (year.Year < first || year.Year > last)
                    context.Report(CheckDiagnostics.CompensationYearOutOfRange, year, nameof(CompensationYear.Year), name, year.Year, first, last);
            }
        }
    }
}
