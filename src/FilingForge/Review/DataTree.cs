using FilingForge.Diagnostics;
using FilingForge.Loading;

namespace FilingForge.Review;

/// <summary>The loader's positioned node tree of one data file, for the data diff and the roll-forward's text edits.</summary>
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
