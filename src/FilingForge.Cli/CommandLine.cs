using System.CommandLine;

namespace FilingForge.Cli;

/// <summary>The <c>filingforge</c> command tree. Exit codes follow compilers: 0 ok, 1 diagnostics with errors, 2 usage.</summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>Reports a mistake in the command's arguments (exit code 2), in the compiler style of every message.</summary>
    public static int UsageError(string message)
    {
        Console.Error.WriteLine($"filingforge: error: {message}");
        return Usage;
    }

    /// <summary>Reports an unusable command-line path (exit code 2) as the located diagnostic it is.</summary>
    public static int UsageError(FilingForge.Diagnostics.Diagnostic diagnostic)
    {
        Console.Error.WriteLine(diagnostic.ToString());
        return Usage;
    }

    public static int Run(string[] args)
    {
        var root = new RootCommand(
            "FilingForge compiles structured proxy filing data (YAML or JSON) through templates into the proxy statement, " +
            "the proxy card and the code-of-ethics certifications, as Word (.docx), HTML (.htm for EDGAR, .html preview) and PDF.");
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(DiffCommand.Create());
        root.Subcommands.Add(RollForwardCommand.Create());
        root.Subcommands.Add(CardsCommand.Create());
        root.Subcommands.Add(SchemasCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine($"filingforge: error: {error.Message}");
            Console.Error.WriteLine("Run 'filingforge --help' for usage.");
            return Usage;
        }

        try
        {
            // Our handlers below, not System.CommandLine's, which would print the stack trace.
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (FilingForge.Compilation.OutputFault fault)
        {
            Console.Error.WriteLine(fault.Diagnostic.ToString());
            return Failed;
        }
        catch (IOException e)
        {
            Console.Error.WriteLine($"filingforge: error FF0001: {e.Message}");
            return Failed;
        }
        catch (UnauthorizedAccessException e)
        {
            Console.Error.WriteLine($"filingforge: error FF0001: {e.Message}");
            return Failed;
        }
    }
}
