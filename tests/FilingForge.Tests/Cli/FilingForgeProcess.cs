using System.Diagnostics;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Cli;

/// <summary>Runs the real <c>filingforge</c> command as a separate process, as a user or CI would.</summary>
public static class FilingForgeProcess
{
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "FilingForge.Cli.dll");

    public static ExternalTool.Result Run(params string[] arguments) =>
        ExternalTool.Run("dotnet", [CliAssembly, .. arguments], RepositoryPaths.Root);

    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepositoryPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(CliAssembly);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        return Process.Start(start)!;
    }
}
