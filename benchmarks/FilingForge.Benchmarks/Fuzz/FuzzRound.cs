using FilingForge.Compilation;
using FilingForge.Diagnostics;

namespace FilingForge.Fuzz;

/// <summary>
/// Issue 16's fuzz round: mutates one data file of a sample filing at a time, runs <c>check</c> (Load, Check, Compute)
/// and, when check passes, <c>build</c> (every document in every format, in memory) in this process, each under a time
/// limit, and reports crashes, hangs and check/build disagreements. A hung run cannot be stopped inside the process;
/// it is left behind and counted, and the round goes on.
/// </summary>
public sealed class FuzzRound(string repositoryRoot, TimeSpan timeLimit)
{
    public sealed record Result(int Mutations, int CheckPassed, IReadOnlyList<FuzzFinding> Findings, TimeSpan Elapsed);

    /// <summary>The sample filings under <c>data/</c>, each a folder with a <c>company.yaml</c>.</summary>
    public IReadOnlyList<string> Samples =>
        Directory.GetDirectories(Path.Combine(repositoryRoot, "data")).Where(d => File.Exists(Path.Combine(d, "company.yaml"))).Order(StringComparer.Ordinal).ToArray();

    public Result Run(int mutations, int seed, Action<int>? progress = null)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var random = new Random(seed);
        var findings = new List<FuzzFinding>();
        var passed = 0;
        var work = Directory.CreateTempSubdirectory("filingforge-fuzz-").FullName;
        try
        {
            var samples = Samples.Select(s => (Name: Path.GetFileName(s), Copy: Copy(s, Path.Combine(work, Path.GetFileName(s))))).ToArray();
            for (var i = 0; i < mutations; i++)
            {
                var (name, copy) = samples[random.Next(samples.Length)];
                var files = Directory.GetFiles(copy, "*.yaml").Order(StringComparer.Ordinal).ToArray();
                var file = files[random.Next(files.Length)];
                var original = File.ReadAllText(file);
                var (text, mutation) = DataMutator.Mutate(original, random);
                File.WriteAllText(file, text);
                if (Once(i, name, copy, Path.GetFileName(file), mutation, findings)) passed++;
                File.WriteAllText(file, original);
                progress?.Invoke(i + 1);
            }
        }
        finally
        {
            // A hung run may still hold the folder; what it leaves in the temporary folder is the system's to clean.
            try { Directory.Delete(work, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }

        return new Result(mutations, passed, findings, started.Elapsed);
    }

    /// <summary>One mutation: check, then build when check passed. Whether check passed.</summary>
    private bool Once(int index, string sample, string data, string file, string mutation, List<FuzzFinding> findings)
    {
        var check = new DiagnosticBag();
        var checkRun = Limited(() => FrontEnd.Run(data, warningsAsErrors: false, check, new StageClock()));
        if (Report(checkRun, FuzzFindingKind.Crash, "check", index, sample, file, mutation, findings)) return false;
        if (check.HasErrors) return false;

        var build = new DiagnosticBag();
        var options = new BuildOptions { DataDirectory = data, OutputDirectory = Path.Combine(data, "out"), TemplatesDirectory = Path.Combine(repositoryRoot, "templates") };
        var buildRun = Limited(() => new FilingCompiler().Compile(options, build));
        if (Report(buildRun, FuzzFindingKind.Crash, "build", index, sample, file, mutation, findings)) return true;
        if (build.HasErrors)
            findings.Add(new FuzzFinding(FuzzFindingKind.Disagreement, index, sample, file, mutation,
                string.Join(" | ", build.Sorted().Where(d => d.Severity == Severity.Error).Take(3).Select(d => d.ToString()))));
        return true;
    }

    /// <summary>Null when the work finished in time; otherwise the exception, or a <see cref="TimeoutException"/>.</summary>
    private Exception? Limited(Action work)
    {
        var task = Task.Run(work);
        try
        {
            return task.Wait(timeLimit) ? null : new TimeoutException($"still running after {timeLimit.TotalSeconds:0} s");
        }
        catch (AggregateException e)
        {
            return e.InnerException;
        }
    }

    private static bool Report(Exception? failure, FuzzFindingKind crash, string stage, int index, string sample, string file, string mutation, List<FuzzFinding> findings)
    {
        if (failure is null) return false;
        var kind = failure is TimeoutException ? FuzzFindingKind.Hang : crash;
        findings.Add(new FuzzFinding(kind, index, sample, file, mutation, $"{stage}: {failure.GetType().Name}: {failure.Message}"));
        return true;
    }

    private static string Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        return to;
    }
}
