using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace FilingForge.Tests.Support;

/// <summary>
/// Compares produced text with a committed <c>{Class}.{Method}.verified.{ext}</c> file beside the test.
/// On a mismatch it writes <c>*.received.*</c> and fails with a readable line diff. New or changed snapshots are
/// accepted only when <c>FILINGFORGE_ACCEPT_SNAPSHOTS=1</c> is set, and never under <c>CI=true</c>.
/// </summary>
public static class Snapshot
{
    private const string AcceptVariable = "FILINGFORGE_ACCEPT_SNAPSHOTS";

    public static void Verify(
        string actual,
        string extension = "txt",
        string? name = null,
        [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "")
    {
        var directory = Path.GetDirectoryName(callerFile)!;
        var className = Path.GetFileNameWithoutExtension(callerFile);
        var stem = $"{className}.{name ?? callerMember}";
        VerifyFile(actual, Path.Combine(directory, $"{stem}.verified.{extension}"), Path.Combine(directory, $"{stem}.received.{extension}"));
    }

    /// <summary>Compares with the file at <paramref name="verifiedPath"/> (a test case's expected output), as <see cref="Verify"/> does.</summary>
    public static void VerifyFile(string actual, string verifiedPath, string receivedPath)
    {
        actual = Normalize(actual);

        var expected = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath)) : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        if (MayAccept())
        {
            File.WriteAllText(verifiedPath, actual, new UTF8Encoding(false));
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No snapshot {Path.GetFileName(verifiedPath)} yet. Review {Path.GetFileName(receivedPath)} and accept it by running the tests with {AcceptVariable}=1."
            : $"Snapshot {Path.GetFileName(verifiedPath)} differs (received file written beside it; accept with {AcceptVariable}=1):\n{LineDiff(expected, actual)}";
        Assert.Fail(message);
    }

    private static bool MayAccept() =>
        Environment.GetEnvironmentVariable(AcceptVariable) == "1"
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>A unified-style diff limited to the changed lines and one line of context, capped for readability.</summary>
    public static string LineDiff(string expected, string actual, int maxLines = 80)
    {
        var diff = new InlineDiffBuilder(new DiffPlex.Differ()).BuildDiffModel(expected, actual, ignoreWhitespace: false);
        var lines = diff.Lines;
        var sb = new StringBuilder();
        var written = 0;
        for (var i = 0; i < lines.Count && written < maxLines; i++)
        {
            var near = Enumerable.Range(Math.Max(0, i - 1), Math.Min(3, lines.Count - Math.Max(0, i - 1)))
                .Any(j => lines[j].Type != ChangeType.Unchanged);
            if (!near) continue;
            var prefix = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            sb.Append(lines[i].Position is { } p ? $"{p,5} " : "      ").Append(prefix).AppendLine(lines[i].Text);
            written++;
        }

        if (written >= maxLines) sb.AppendLine("  … (diff truncated)");
        return sb.ToString();
    }
}
