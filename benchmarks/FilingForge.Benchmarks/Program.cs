using System.Globalization;
using BenchmarkDotNet.Running;
using FilingForge.Benchmarks;

// `dotnet run -c Release --project benchmarks/FilingForge.Benchmarks -- --filter '*'`; see benchmarks/RESULTS.md.
// `... -- long-pdf PAGES` measures one long PDF write as a process (peak working set), which BenchmarkDotNet cannot.
// `... -- templates-cold` measures a fresh process's first template compile and render.
// `... -- watch-latency EDITS` times saving a one-value change until the live preview's page has the new figure.
if (args is ["watch-latency", var edits]) return WatchLatencyMeasurement.Run(int.Parse(edits, CultureInfo.InvariantCulture));
if (args is ["long-pdf", var pages]) return LongPdfMeasurement.Run(int.Parse(pages, CultureInfo.InvariantCulture));
if (args is ["templates-cold"]) return TemplateColdMeasurement.Run();
// `... -- fuzz N [SEED] [SECONDS]` mutates the samples' data files and reports crashes, hangs and check/build disagreements.
if (args is ["fuzz", var count, .. var rest])
    return FilingForge.Fuzz.FuzzCommand.Run(RepositoryRoot.Path, int.Parse(count, CultureInfo.InvariantCulture),
        rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 16, rest.Length > 1 ? int.Parse(rest[1], CultureInfo.InvariantCulture) : 30);
BenchmarkSwitcher.FromAssembly(typeof(RepositoryRoot).Assembly).Run(args);
return 0;
