namespace FilingForge.Tests.Support;

/// <summary>A .docx as LibreOffice lays it out: the real component a test compares Word output with.</summary>
internal static class LibreOfficeRendering
{
    public const string Install = "apt-get install -y libreoffice-writer-nogui poppler-utils";

    /// <summary>
    /// LibreOffice's rendering of the .docx, one string per page. LibreOffice is given the fonts FilingForge's PDF
    /// embeds (the bundled Liberation faces, metric twins of the theme's Times New Roman) through fontconfig, so the
    /// comparison is of the two typesetters, not of whichever serif the machine happens to substitute.
    /// </summary>
    public static List<string> Pages(string docx)
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
        var text = ExternalTool.Run(ExternalTool.Require("pdftotext", Install), ["-layout", pdf, "-"]);
        Assert.Equal(0, text.ExitCode);
        return text.StandardOutput.Split('\f').ToList();
    }
}
