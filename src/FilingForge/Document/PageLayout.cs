namespace FilingForge.Document;

/// <summary>
/// How the paged formats (PDF, Word) lay a document out, as its profile declares (<c>documents.yaml</c> <c>layout</c>):
/// on the theme's pages, as many as it takes, or as a proxy card, two sides of the theme's card sheet, each folded once.
/// </summary>
public enum PageLayout
{
    Pages,
    Card,
}
