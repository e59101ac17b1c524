using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FilingForge.Diagnostics;

namespace FilingForge.Compilation;

/// <summary>
/// <c>manifest.json</c>: every file of a build with its SHA-256, size and page count, and the build's diagnostics.
/// It carries no timestamp, so two builds of the same input give the same manifest.
/// </summary>
public static class BuildManifest
{
    public const string FileName = "manifest.json";

    public static string Write(string filingName, IReadOnlyList<OutputFile> outputs, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("filing", filingName);
            json.WriteString("generator", "FilingForge");
            json.WriteStartArray("files");
            foreach (var file in outputs.OrderBy(o => o.FileName, StringComparer.Ordinal)) WriteFile(json, file);
            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics) WriteDiagnostic(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void WriteFile(Utf8JsonWriter json, OutputFile file)
    {
        json.WriteStartObject();
        json.WriteString("name", file.FileName);
        json.WriteString("document", file.Document);
        json.WriteString("format", file.Format);
        json.WriteString("sha256", Convert.ToHexStringLower(SHA256.HashData(file.Content)));
        json.WriteNumber("size", file.Content.Length);
        if (file.PageCount is { } pages) json.WriteNumber("pages", pages);
        else json.WriteNull("pages");
        json.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        json.WriteString("location", d.Location.ToString());
        json.WriteString("message", d.Message);
        json.WriteEndObject();
    }
}
