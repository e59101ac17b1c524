using System.Globalization;
using FilingForge.Cards;
using Spectre.Console;

namespace FilingForge.Cli;

/// <summary>
/// Card progress: a Spectre.Console bar on an interactive terminal; when output is redirected or CI=true, a plain line
/// at every 10% so logs stay short and readable. Only counts are shown.
/// </summary>
internal static class CardProgress
{
    public static CardRunResult Run(Func<Action<long, long>, CardRunResult> run)
    {
        if (!IsInteractive()) return run(PlainLines());
        CardRunResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask("cards");
                result = run((done, total) =>
                {
                    task.MaxValue = Math.Max(total, 1);
                    task.Value = done;
                });
                task.Value = task.MaxValue;
            });
        return result!;
    }

    private static bool IsInteractive() =>
        !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        && AnsiConsole.Profile.Capabilities.Interactive;

    private static Action<long, long> PlainLines()
    {
        var nextPercent = 10;
        return (done, total) =>
        {
            var percent = total == 0 ? 100 : (int)(done * 100 / total);
            if (percent < nextPercent) return;
            Console.WriteLine($"  cards: {done.ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)} ({(percent / 10 * 10).ToString(CultureInfo.InvariantCulture)}%)");
            nextPercent = percent / 10 * 10 + 10;
        };
    }
}
