using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Templating;

/// <summary>Issue 16 item 13: a template saved as Latin-1 printed U+FFFD in every format without a word.</summary>
public sealed class TemplateEncodingTests
{
    [Fact]
    public void A_template_that_is_not_utf8_is_FF5018_at_its_first_bad_byte_and_nothing_is_built()
    {
        var templates = Directory.CreateTempSubdirectory("ff-latin1-templates-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(RepositoryPaths.Templates, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(templates, Path.GetRelativePath(RepositoryPaths.Templates, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var front = Path.Combine(templates, "proxy-card", "front.md.sbn");
            var lines = File.ReadAllLines(front).Length;
            // "Café" in Latin-1: 0xE9 is no UTF-8 sequence.
            using (var stream = File.Open(front, FileMode.Append)) stream.Write([(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'\n']);

            var diagnostics = new DiagnosticBag();
            var outputs = new FilingCompiler().Compile(new BuildOptions { DataDirectory = RepositoryPaths.SampleData, OutputDirectory = Path.Combine(templates, "out"), TemplatesDirectory = templates }, diagnostics);

            Assert.Null(outputs);
            var error = Assert.Single(diagnostics.Items, d => d.Id == "FF5018");
            Assert.EndsWith("proxy-card/front.md.sbn", error.Location.File);
            Assert.Equal((lines + 1, 4), (error.Location.Line, error.Location.Column));
        }
        finally
        {
            Directory.Delete(templates, recursive: true);
        }
    }
}
