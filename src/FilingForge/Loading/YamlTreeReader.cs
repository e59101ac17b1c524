using FilingForge.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FilingForge.Loading;

/// <summary>
/// Reads YAML (and JSON, which is YAML flow syntax) from YamlDotNet's event parser into a small positioned tree.
/// It works on events, never on YamlDotNet's object graph, so it decides what is built: aliases are refused and
/// never expanded (which defeats "billion laughs" alias bombs), nesting stops at <see cref="MaxDepth"/>, and
/// duplicate keys are caught where YAML libraries silently keep the last one.
/// </summary>
internal sealed class YamlTreeReader
{
    public const int MaxDepth = 64;

    private const string CoreSchemaTagPrefix = "tag:yaml.org,2002:";

    /// <summary>The one tag filing data may carry: a value carried over by roll-forward, still to be re-entered.</summary>
    public const string FillInTag = "!fill-in";

    private readonly string _text;
    private readonly string _file;
    private readonly FileDiagnostics _diagnostics;
    private readonly Scanner _scanner;
    private readonly Parser _parser;
    private readonly HashSet<string> _reportedAnchors = new(StringComparer.Ordinal);
    private bool _stopped;

    private YamlTreeReader(string text, string file, FileDiagnostics diagnostics)
    {
        _text = text;
        _file = file;
        _diagnostics = diagnostics;
        _scanner = new Scanner(new StringReader(text), skipComments: true);
        _parser = new Parser(_scanner);
    }

    private ParsingEvent Current => _parser.Current!;

    /// <summary>The document's root node, or null when the file could not be read (already reported).</summary>
    public static DataNode? Read(string text, string file, FileDiagnostics diagnostics) =>
        new YamlTreeReader(text, file, diagnostics).ReadStream();

    private DataNode? ReadStream()
    {
        if (!Next() || !Next()) return null; // StreamStart, then the first document or the stream's end
        if (Current is StreamEnd) return ReportEmpty();

        if (!Next()) return null; // past DocumentStart
        var root = ReadNode(depth: 1);
        if (root is null || !Next() || !Next()) return null; // past DocumentEnd
        if (Current is DocumentStart second)
        {
            _diagnostics.Report(LoadDiagnostics.MultipleDocuments, At(second.Start));
            return null;
        }

        return root is DataScalar { IsNull: true, Value: "" } ? ReportEmpty() : root;
    }

    private DataNode? ReportEmpty()
    {
        _diagnostics.Report(LoadDiagnostics.EmptyFile, new SourceLocation(_file, 1, 1));
        return null;
    }

    /// <summary>Reads the node whose first event is current, leaving its last event current.</summary>
    private DataNode? ReadNode(int depth)
    {
        var location = At(Current.Start);
        switch (Current)
        {
            case AnchorAlias alias:
                ReportAlias(alias, location);
                return new DataRejected(location);
            case Scalar scalar:
                CheckProperties(scalar, location);
                return new DataScalar(location, scalar.Value, scalar.Style == ScalarStyle.Plain);
            case SequenceStart sequence:
                return IsTooDeep(depth, location) ? null : ReadSequence(sequence, location, depth);
            case MappingStart mapping:
                return IsTooDeep(depth, location) ? null : ReadMapping(mapping, location, depth);
            default:
                ReportSyntax($"unexpected {Current.GetType().Name}", location);
                return null;
        }
    }

    private DataSequence? ReadSequence(SequenceStart start, SourceLocation location, int depth)
    {
        CheckProperties(start, location);
        var items = new List<DataNode>();
        while (Next())
        {
            if (Current is SequenceEnd) return new DataSequence(location, items);
            var item = ReadNode(depth + 1);
            if (item is null) return null;
            items.Add(item);
        }

        return null;
    }

    private DataMapping? ReadMapping(MappingStart start, SourceLocation location, int depth)
    {
        CheckProperties(start, location);
        var entries = new List<DataEntry>();
        var firstLineOfKey = new Dictionary<string, int>(StringComparer.Ordinal);
        while (Next())
        {
            if (Current is MappingEnd) return new DataMapping(location, entries);
            var key = ReadNode(depth + 1);
            if (key is null || !Next()) return null;
            var value = ReadNode(depth + 1);
            if (value is null) return null;
            if (AcceptKey(key, firstLineOfKey) is { } textKey) entries.Add(new DataEntry(textKey, value));
        }

        return null;
    }

    private DataScalar? AcceptKey(DataNode key, Dictionary<string, int> firstLineOfKey)
    {
        if (key is not DataScalar scalar)
        {
            if (key is not DataRejected) _diagnostics.Report(LoadDiagnostics.ComplexKey, key.Location, key.Describe());
            return null;
        }

        if (firstLineOfKey.TryGetValue(scalar.Value, out var firstLine))
        {
            _diagnostics.Report(LoadDiagnostics.DuplicateKey, scalar.Location, scalar.Value, firstLine);
            return null;
        }

        firstLineOfKey.Add(scalar.Value, scalar.Location.Line);
        return scalar;
    }

    private bool IsTooDeep(int depth, SourceLocation location)
    {
        if (depth <= MaxDepth) return false;
        _diagnostics.Report(LoadDiagnostics.NestingTooDeep, location, MaxDepth);
        _stopped = true;
        return true;
    }

    private void CheckProperties(NodeEvent node, SourceLocation location)
    {
        if (!node.Anchor.IsEmpty && _reportedAnchors.Add(node.Anchor.Value))
            _diagnostics.Report(LoadDiagnostics.AnchorNotAllowed, location, node.Anchor.Value);
        if (node.Tag.IsEmpty) return;
        if (node.Tag.Value == FillInTag) _diagnostics.Report(LoadDiagnostics.CarriedOverValue, location);
        else _diagnostics.Report(LoadDiagnostics.TagNotAllowed, location, ShortTag(node.Tag.Value));
    }

    /// <summary>An alias of an anchor already reported adds nothing new; one diagnostic per name is enough.</summary>
    private void ReportAlias(AnchorAlias alias, SourceLocation location)
    {
        if (_reportedAnchors.Add(alias.Value.Value))
            _diagnostics.Report(LoadDiagnostics.AliasNotAllowed, location, alias.Value.Value);
    }

    private static string ShortTag(string tag) =>
        tag.StartsWith(CoreSchemaTagPrefix, StringComparison.Ordinal) ? "!!" + tag[CoreSchemaTagPrefix.Length..] : tag;

    private bool Next()
    {
        if (_stopped) return false;
        try
        {
            if (_parser.MoveNext()) return true;
            ReportSyntax("unexpected end of file", At(_scanner.CurrentPosition));
        }
        catch (YamlException e)
        {
            ReportYamlException(e);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            // YamlDotNet throws these on some malformed input (an unclosed flow list, for one); they are syntax errors too.
            ReportSyntax("the parser cannot go on from here; look for an unclosed bracket, brace or quote before this point",
                At(_scanner.CurrentPosition));
        }

        _stopped = true;
        return false;
    }

    private void ReportYamlException(YamlException e)
    {
        if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FindTabIndentation((int)e.Start.Line) is { } tab)
        {
            _diagnostics.Report(LoadDiagnostics.TabIndentation, tab);
            return;
        }

        var message = e.Message.Length > 0 ? char.ToLowerInvariant(e.Message[0]) + e.Message[1..] : "malformed YAML";
        ReportSyntax(message, At(e.Start));
    }

    private void ReportSyntax(string message, SourceLocation location) =>
        _diagnostics.Report(LoadDiagnostics.SyntaxError, location, message);

    /// <summary>YamlDotNet reports a tab in indentation at the enclosing node; find the tab itself.</summary>
    private SourceLocation? FindTabIndentation(int fromLine)
    {
        var lines = _text.Split('\n');
        for (var i = Math.Max(fromLine - 1, 0); i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indentation);
            if (tab >= 0) return new SourceLocation(_file, i + 1, tab + 1);
        }

        return null;
    }

    private SourceLocation At(Mark mark) => new(_file, (int)mark.Line, (int)mark.Column);
}
