using FilingForge.Diagnostics;

namespace FilingForge.Loading;

/// <summary>
/// The loader's positioned node tree of one YAML or JSON file, read with its limits and strictness (FF10xx): for the
/// data diff and roll-forward's text edits, and for the files that are not data but are read like it (profiles,
/// <c>filing.yaml</c>, table definitions).
/// </summary>
internal static class DataTree
{
    public static DataNode? Read(string path, string file, DiagnosticBag diagnostics)
    {
        var local = new FileDiagnostics(file);
        var root = Read(path, file, local);
        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : root;
    }

    /// <summary>
    /// The same, into a file's own diagnostics, for a caller that goes on reporting about the file (the data binder)
    /// under the same cap. A <c>.json</c> file is held to JSON's grammar first, since YAML would accept more.
    /// </summary>
    public static DataNode? Read(string path, string file, FileDiagnostics diagnostics)
    {
        var text = DataFileText.Read(path, file, diagnostics);
        if (text is null) return null;
        var isJson = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);
        if (isJson && !JsonSyntaxCheck.IsValid(text, file, diagnostics)) return null;
        return YamlTreeReader.Read(text, file, diagnostics);
    }

    public static DataNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var local = new FileDiagnostics(file);
        var root = YamlTreeReader.Read(text, file, local);
        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : root;
    }
}
