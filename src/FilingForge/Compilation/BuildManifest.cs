using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Globalization;
using FilingForge.Diagnostics;
using FilingForge.Document;

namespace FilingForge.Compilation;

/// <summary>
/// <c>manifest.json</c>: every file of a build with its SHA-256, size and page count, each document's properties
/// (title, subject, company, author, date, preliminary), and the build's diagnostics. It carries no timestamp, so two
/// builds of the same input give the same manifest.
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
            json.WriteStartArray("documents");
            foreach (var (name, properties) in Documents(outputs)) WriteDocument(json, name, properties);
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

    /// <summary>The documents in the order the build made them (the proxy statement first), as a reader expects them.</summary>
    private static IEnumerable<(string Name, DocumentProperties Properties)> Documents(IEnumerable<OutputFile> outputs) =>
        outputs.Where(o => o.Properties is not null)
            .GroupBy(o => o.Document, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Properties!));

    private static void WriteDocument(Utf8JsonWriter json, string name, DocumentProperties p)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("title", p.Title);
        json.WriteString("subject", p.Subject);
        json.WriteString("company", p.Company);
        json.WriteString("author", p.Author);
        json.WriteString("date", p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteBoolean("preliminary", p.Preliminary);
        json.WriteString("layout", p.Layout == PageLayout.Card ? "card" : "pages");
        json.WriteEndObject();
    }

    /// <summary>
    /// The documents a build folder's manifest records, in build order, with their properties; empty when the manifest
    /// is missing, unreadable or from a build that did not record them.
    /// </summary>
    public static IReadOnlyList<(string Name, DocumentProperties Properties)> ReadDocuments(string manifestPath)
    {
        var found = new List<(string, DocumentProperties)>();
        try
        {
            using var manifest = JsonDocument.Parse(File.ReadAllBytes(manifestPath));
            if (manifest.RootElement.ValueKind != JsonValueKind.Object || !manifest.RootElement.TryGetProperty("documents", out var documents) || documents.ValueKind != JsonValueKind.Array) return found;
            foreach (var d in documents.EnumerateArray().Where(d => d.ValueKind == JsonValueKind.Object))
            {
                if (Text(d, "name") is not { } name || !DateOnly.TryParseExact(Text(d, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
                var preliminary = d.TryGetProperty("preliminary", out var p) && p.ValueKind == JsonValueKind.True;
                // A manifest from before layouts were recorded gives pages, as those builds laid every document out.
                var layout = Text(d, "layout") == "card" ? PageLayout.Card : PageLayout.Pages;
                found.Add((name, new DocumentProperties(Text(d, "title") ?? name, Text(d, "subject") ?? "", Text(d, "company") ?? "", Text(d, "author") ?? "", date, preliminary, Layout: layout)));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            found.Clear();
        }

        return found;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

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
