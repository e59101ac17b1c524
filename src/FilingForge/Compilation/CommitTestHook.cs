using System.Globalization;

namespace FilingForge.Compilation;

/// <summary>
/// Lets the kill tests stop a commit at an exact step: with <see cref="Variable"/> set to N, the commit announces its
/// N-th step on standard error and then waits forever, so the test kills it there, at every step in turn. Unset (the
/// only case outside tests) it does nothing.
/// </summary>
internal sealed class CommitTestHook
{
    public const string Variable = "FILINGFORGE_TEST_PAUSE_COMMIT_AT";
    public const string Announcement = "filingforge: test hook: commit paused at step ";

    private readonly int _pauseAt;
    private int _step;

    private CommitTestHook(int pauseAt) => _pauseAt = pauseAt;

    public static CommitTestHook FromEnvironment() =>
        new(int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0);

    /// <summary>Marks the end of one step (a file staged, renamed or removed); pauses for good when it is the chosen one.</summary>
    public void Step(string what)
    {
        if (++_step != _pauseAt) return;
        Console.Error.WriteLine(Announcement + _step.ToString(CultureInfo.InvariantCulture) + ": " + what);
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }
}
