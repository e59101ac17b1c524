using BenchmarkDotNet.Running;

// `dotnet run -c Release --project benchmarks/FilingForge.Benchmarks -- --filter '*'`; see benchmarks/RESULTS.md.
BenchmarkSwitcher.FromAssembly(typeof(FilingForge.Benchmarks.RepositoryRoot).Assembly).Run(args);
