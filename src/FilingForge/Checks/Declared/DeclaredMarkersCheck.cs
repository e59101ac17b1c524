namespace FilingForge.Checks.Declared;

/// <summary>
/// Every footnote marker a data file writes in a field of kind <c>marker</c> (a row's or a column's note) is defined
/// by a footnote of the same file: a marker field named <c>id</c> (FF3201 otherwise), so a note is never printed
/// with nothing under the table to explain it. The profile's kinds say which fields are markers, so a file a profile
/// adds is checked as well.
/// </summary>
public sealed class DeclaredMarkersCheck : ICheck
{
    /// <summary>Nothing by name: it reads what the profile declares a marker.</summary>
    public IReadOnlyList<string> Reads => [];

    public void Run(CheckContext context)
    {
        foreach (var file in ValueWalker.MarkerFields(context.Values).GroupBy(m => m.File))
        {
            var defined = file.Where(m => m.Key == "id").Select(m => m.Marker).ToHashSet(StringComparer.Ordinal);
            var listed = string.Join(", ", defined.Order(StringComparer.Ordinal));
            foreach (var reference in file.Where(m => m.Key != "id" && !defined.Contains(m.Marker)))
                context.Report(CheckDiagnostics.UndefinedFootnote, reference.Location, reference.Marker, $"{file.Key}.yaml", listed.Length > 0 ? listed : "none");
        }
    }
}
