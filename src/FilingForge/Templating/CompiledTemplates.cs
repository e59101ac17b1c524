using FilingForge.Templating.Scriban;

namespace FilingForge.Templating;

/// <summary>
/// Compiled template engines kept for the process, keyed by the exact content of a templates folder. Compiling the
/// templates costs far more than rendering them, and a process that builds repeatedly (the benchmarks, a watch loop,
/// the test suite) should pay it once per version of the templates. Bounded, so edits do not accumulate.
/// </summary>
public static class CompiledTemplates
{
    private const int Capacity = 8;
    private static readonly LinkedList<(string Key, ITemplateEngine Engine)> Recent = new();

    public static ITemplateEngine For(TemplateFiles files)
    {
        var key = files.Fingerprint;
        lock (Recent)
        {
            for (var node = Recent.First; node is not null; node = node.Next)
                if (node.Value.Key == key)
                {
                    Recent.Remove(node);
                    Recent.AddFirst(node);
                    return node.Value.Engine;
                }
        }

        // Compiled outside the lock: two threads may both compile a new folder once; either result is equivalent.
        var engine = new ScribanTemplateEngine(files, TemplateHelpers.Create(files.Directory));
        lock (Recent)
        {
            Recent.AddFirst((key, engine));
            while (Recent.Count > Capacity) Recent.RemoveLast();
        }

        return engine;
    }
}
