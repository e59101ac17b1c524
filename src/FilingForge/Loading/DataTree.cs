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
        var text = DataFileText.Read(path, file, local);
        var root = text is null ? null : YamlTreeReader.Read(text, file, local);
        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : root;
    }

    public static DataNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        var local = new FileDiagnostics(file);
        var root = YamlTreeReader.Read(text, file, local);
        diagnostics.AddRange(local.Items);
        return local.HasErrors ? null : root;
    }
}
