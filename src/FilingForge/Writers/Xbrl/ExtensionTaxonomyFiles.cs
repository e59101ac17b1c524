using FilingForge.Document;

namespace FilingForge.Writers.Xbrl;

/// <summary>The file names EDGAR expects of an extension taxonomy, all from its stem (<c>cbt-20230930</c>).</summary>
internal static class ExtensionTaxonomyFiles
{
    public static string Schema(ExtensionTaxonomy extension) => extension.SchemaFile;
    public static string Labels(ExtensionTaxonomy extension) => extension.FileStem + "_lab.xml";
    public static string Presentation(ExtensionTaxonomy extension) => extension.FileStem + "_pre.xml";
    public static string Definition(ExtensionTaxonomy extension) => extension.FileStem + "_def.xml";
}
