using System.Xml;
using FilingForge.Writers.Html.InlineXbrl;

namespace FilingForge.Tests.Writers.InlineXbrl;

public sealed class InlineXbrlSchemasTests
{
    [Fact]
    public void The_embedded_schemas_compile_without_errors()
    {
        Assert.True(InlineXbrlSchemas.Set.IsCompiled);
        // The one warning is .NET's reading of a redefine that uses an imported type (xh11d:FPI of html/@version).
        Assert.DoesNotContain(InlineXbrlSchemas.CompileMessages, m => m.StartsWith("Error", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd")]
    [InlineData("http://www.w3.org/2001/xml.xsd")]
    [InlineData("http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd")]
    public void The_resolver_serves_the_embedded_schemas(string url)
    {
        using var stream = (Stream)new InlineXbrlSchemaResolver().GetEntity(new Uri(url), null, typeof(Stream))!;

        Assert.True(stream.ReadByte() >= 0);
    }

    [Theory]
    [InlineData("https://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd")]
    [InlineData("http://www.xbrl.org/2099/missing.xsd")]
    [InlineData("http://example.com/x.xsd")]
    [InlineData("file:///etc/passwd")]
    public void The_resolver_refuses_everything_else(string url)
    {
        Assert.Throws<XmlException>(() => new InlineXbrlSchemaResolver().GetEntity(new Uri(url), null, typeof(Stream)));
    }
}
