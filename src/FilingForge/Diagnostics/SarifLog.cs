using System.Text;
using System.Text.Json;

namespace FilingForge.Diagnostics;

/// <summary>Writes diagnostics as SARIF 2.1.0, the format CI systems annotate pull requests from.</summary>
public static class SarifLog
{
    public static string Write(IReadOnlyList<Diagnostic> diagnostics, string toolVersion)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, diagnostics, toolVersion);
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<Diagnostic> diagnostics, string toolVersion)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "FilingForge");
        json.WriteString("version", toolVersion);
        json.WriteString("informationUri", "https://example.invalid/filingforge");
        json.WriteStartArray("rules");
        foreach (var descriptor in diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("id", descriptor.Id);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", descriptor.Title);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteString("level", d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" });
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        if (d.Location.IsKnown)
        {
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            json.WriteString("uri", d.Location.File.Replace('\\', '/'));
            json.WriteEndObject();
            if (d.Location.Line > 0)
            {
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Location.Line);
                json.WriteNumber("startColumn", Math.Max(1, d.Location.Column));
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        // A warning the reviewers accepted (reviewed.yaml) is a SARIF suppression, so code scanning shows it as dismissed.
        if (d.Reviewed)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", "external");
            json.WriteString("justification", d.ReviewedBecause);
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }
}
