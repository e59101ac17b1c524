namespace FilingForge.Writers.Html.Preview;

/// <summary>
/// A draft's stamp in the preview: a banner fixed to the top of the window that, being <c>position: fixed</c>, browsers
/// also repeat at the top of every printed page. Nothing at all for a final build.
/// </summary>
internal static class DraftBanner
{
    public const string ClassName = "draft-stamp";

    public static string StyleRules(string? stamp) => stamp is null
        ? ""
        : $$"""
          .{{ClassName}} { position: fixed; top: 0; left: 0; right: 0; z-index: 10; margin: 0; padding: 2pt 0; text-align: center; font: bold 9pt sans-serif; color: #b00000; background: #fff4f4; border-bottom: 1px solid #b00000; }
          body { padding-top: 18pt; }
          @media print { .{{ClassName}} { background: none; } }

          """;

    public static void Write(HtmlOutput output, string? stamp)
    {
        if (stamp is null) return;
        output.Open("div").Attribute("class", ClassName).Attribute("role", "note").EndOpen().Text(stamp).Close("div").Line();
    }
}
