// The CLI is built in the foundation issue; this entry point keeps the solution buildable meanwhile.
return FilingForge.Cli.Entry.Run(args);

namespace FilingForge.Cli
{
    internal static class Entry
    {
        public static int Run(string[] args)
        {
            Console.Error.WriteLine("filingforge: not yet implemented");
            return 2;
        }
    }
}
