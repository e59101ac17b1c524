namespace FilingForge.Tests.Support;

/// <summary>A .docx as LibreOffice lays it out: the real component a test compares Word output with.</summary>
internal static partial class LibreOfficeRendering
{
    public const string Install = "apt-get install -y libreoffice-writer-nogui poppler-utils";

    /// <summary>
    /// LibreOffice's rendering of the .docx, one string per page. LibreOffice is given the fonts FilingForge's PDF
    /// embeds (the bundled Liberation faces, metric twins of the theme's Times New Roman) through fontconfig, so the
    /// comparison is of the two typesetters, not of whichever serif the machine happens to substitute.
    /// </summary>
    public static List<string> Pages(string docx)
    {
        var text = ExternalTool.Run(ExternalTool.Require("pdftotext", Install), ["-layout", Pdf(docx), "-"]);
        Assert.Equal(0, text.ExitCode);
        return text.StandardOutput.Split('\f').ToList();
    }

    /// <summary>Each page's words with the top of each (pdftotext -bbox), in points from the page's top edge.</summary>
    public static List<List<(string Word, double Top)>> Words(string docx)
    {
        var boxes = ExternalTool.Run(ExternalTool.Require("pdftotext", Install), ["-bbox", Pdf(docx), "-"]);
        Assert.Equal(0, boxes.ExitCode);
        var pages = new List<List<(string, double)>>();
        foreach (var line in boxes.StandardOutput.Split('\n'))
        {
            if (line.Contains("<page ", StringComparison.Ordinal)) pages.Add([]);
            else if (WordBox().Match(line) is { Success: true } m)
                pages[^1].Add((System.Net.WebUtility.HtmlDecode(m.Groups[2].Value), double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        return pages;
    }

    [System.Text.RegularExpressions.GeneratedRegex("<word [^>]*yMin=\"([0-9.]+)\"[^>]*>([^<]*)</word>")]
    private static partial System.Text.RegularExpressions.Regex WordBox();

    /// <summary>The .docx converted to PDF by LibreOffice, in a folder of its own; returns the PDF's path.</summary>
    private static string Pdf(string docx)
    {
        var folder = Path.Combine(Path.GetTempPath(), "filingforge-lo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var fonts = Path.Combine(RepositoryPaths.Root, "src", "FilingForge", "Writers", "Pdf", "Fonts", "Bundled");
        var config = Path.Combine(folder, "fonts.conf");
        File.WriteAllText(config, $"""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
            <fontconfig>
              <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
              <dir>{fonts}</dir>
              <cachedir>{Path.Combine(folder, "fontcache")}</cachedir>
            </fontconfig>
            """);
        var environment = new Dictionary<string, string> { ["FONTCONFIG_FILE"] = config };
        var convert = ExternalTool.Run(ExternalTool.Require("soffice", Install),
            ["-env:UserInstallation=file://" + Path.Combine(folder, "profile"), "--headless", "--convert-to", "pdf", "--outdir", folder, docx], environment: environment);
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(docx) + ".pdf");
        Assert.True(convert.ExitCode == 0 && File.Exists(pdf), $"soffice failed: {convert.StandardOutput}\n{convert.StandardError}");
        return pdf;
    }
}
