using System.Text;
using System.Xml;
using FilingForge.Tests.Support;

namespace FilingForge.Tests.Writers.Xbrl;

/// <summary>
/// Resolves the schemas an extension taxonomy imports without a network: XBRL International's and the W3C's from the
/// reference copies laid out by URL (../shared/reference/xbrl-schemas), and the SEC's, FASB's and the DTR's (not at
/// hand offline) as stub schemas of their namespace, the DTR's with the one type members use.
/// </summary>
internal sealed class OfflineTaxonomyResolver(IReadOnlyDictionary<string, string> stubNamespaces) : XmlResolver
{
    public static string ReferenceSchemas => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "reference", "xbrl-schemas"));

    public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
    {
        var local = Path.Combine(ReferenceSchemas, "http", absoluteUri.Host, absoluteUri.AbsolutePath.TrimStart('/'));
        if (absoluteUri.Scheme == "http" && File.Exists(local)) return File.OpenRead(local);
        if (stubNamespaces.TryGetValue(absoluteUri.AbsoluteUri, out var ns)) return new MemoryStream(Encoding.UTF8.GetBytes(Stub(ns)));
        throw new InvalidOperationException($"No offline copy of {absoluteUri}.");
    }

    private static string Stub(string ns) => ns == "http://www.xbrl.org/dtr/type/2022-03-31"
        ? $"""
           <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="http://www.xbrl.org/2003/instance" targetNamespace="{ns}" elementFormDefault="qualified">
             <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
             <xs:complexType name="domainItemType"><xs:simpleContent><xs:restriction base="xbrli:stringItemType"/></xs:simpleContent></xs:complexType>
           </xs:schema>
           """
        : $"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="{ns}"/>""";
}
