namespace FilingForge.Templating.Xbrl;

/// <summary>
/// How a tagged value travels through FilingForge Markdown to the Parse stage (docs/filingforge-markdown.md):
/// <c>[[fact:f12]]7,791,510[[/fact]]</c> around printed text, <c>::: fact t3</c> … <c>:::</c> around blocks. Data can
/// never write them: every <c>[</c> and <c>:</c> at a line start of a value is escaped.
/// </summary>
public static class FactMarkers
{
    public const string Open = "[[fact:";
    public const string Close = "[[/fact]]";
    public const string Container = "fact";

    public static string Around(string id, string markdown) => Open + id + "]]" + markdown + Close;

    public static string BlockStart(string id) => "::: " + Container + " " + id;
}
