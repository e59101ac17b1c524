using System.Diagnostics;

namespace FilingForge.Tests.Support;

/// <summary>
/// A real component a test relies on (LibreOffice, qpdf, poppler, Chromium, Java). When it is missing the test is
/// skipped with what to install, except under <c>CI=true</c>, where a missing component is a failure.
/// </summary>
public static class ExternalTool
{
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="command"/> on PATH, or null.</summary>
    public static string? Find(string command)
    {
        if (Path.IsPathRooted(command)) return File.Exists(command) ? command : null;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(dir, command);
            if (File.Exists(candidate)) return candidate;
        }

        return null;
    }

    /// <summary>
    /// Returns the tool's path, or fails saying what to install. Tests that call this are marked
    /// <see cref="ToolFactAttribute"/>, which skips them up front when the tool is absent outside CI.
    /// </summary>
    public static string Require(string command, string installHint)
    {
        var path = Find(command);
        if (path is not null) return path;
        Assert.Fail($"{command} is not installed: {installHint}" + (InCi ? " (CI=true: a missing component is a failure)" : ""));
        return "";
    }

    public sealed record Result(int ExitCode, string StandardOutput, string StandardError);

    /// <param name="environment">Variables set for the tool on top of this process's (LibreOffice's FONTCONFIG_FILE).</param>
    public static Result Run(string fileName, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 300,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutSeconds * 1000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} did not finish in {timeoutSeconds} s");
        }

        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }
}
