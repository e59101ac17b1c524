using System.Text;
using FilingForge.Writers.Pdf.Fonts;

namespace FilingForge.Tests.Writers.Pdf;

/// <summary>
/// A folder holding the bundled Liberation Serif Regular renamed "Cloudberry Serif" (the name table's strings patched in
/// place, same length): a font that is not bundled, so tests can stand it in for one a machine or a theme has installed.
/// </summary>
internal static class RenamedFontFolder
{
    public const string Family = "Cloudberry Serif";

    public static string Create(string name)
    {
        var folder = Path.Combine(Path.GetTempPath(), "filingforge-font-tests", name);
        Directory.CreateDirectory(folder);
        var bytes = BundledFonts.Text(FontStyle.Regular).Data.ToArray();
        Replace(bytes, Encoding.BigEndianUnicode, "Liberation", "Cloudberry");
        Replace(bytes, Encoding.Latin1, "Liberation", "Cloudberry");
        File.WriteAllBytes(Path.Combine(folder, "CloudberrySerif-Regular.ttf"), bytes);
        return folder;
    }

    private static void Replace(byte[] data, Encoding encoding, string from, string to)
    {
        var old = encoding.GetBytes(from);
        var replacement = encoding.GetBytes(to);
        for (var at = data.AsSpan().IndexOf(old); at >= 0;)
        {
            replacement.CopyTo(data, at);
            var next = data.AsSpan(at + old.Length).IndexOf(old);
            at = next < 0 ? -1 : at + old.Length + next;
        }
    }
}
