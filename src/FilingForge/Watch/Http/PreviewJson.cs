using System.Text.Json;
using FilingForge.Diagnostics;

namespace FilingForge.Watch.Http;

/// <summary>
/// The JSON the page reads, written field by field (no reflection-based serialisation, so the tool stays ahead-of-time
/// compilable). A diagnostic travels as the text the console prints, and its parts for the overlay.
/// </summary>
public static class PreviewJson
{
    /// <summary>The latest build: what every build event carries and <c>/_ff/state</c> returns.</summary>
    public static byte[] State(PreviewState state) => Write(json =>
    {
        json.WriteNumber("build", state.BuildNumber);
        json.WriteNumber("generation", state.LastGood?.Generation ?? 0);
        json.WriteBoolean("ok", state.Succeeded);
        json.WriteString("status", StatusLine.Of(state));
        json.WriteStartArray("diagnostics");
        foreach (var d in state.Diagnostics) Diagnostic(json, d);
        json.WriteEndArray();
    });

    /// <summary>The highlights of one document of the current good build, for <c>/_ff/changes</c>.</summary>
    public static byte[] Changes(int generation, IReadOnlyList<Highlight> highlights) => Write(json =>
    {
        json.WriteNumber("generation", generation);
        json.WriteStartArray("highlights");
        foreach (var h in highlights) Highlight(json, h);
        json.WriteEndArray();
    });

    private static void Diagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("text", d.ToString());
        json.WriteString("id", d.Id);
        json.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
        json.WriteString("file", d.Location.File);
        json.WriteNumber("line", d.Location.Line);
        json.WriteNumber("column", d.Location.Column);
        json.WriteString("message", d.Message);
        json.WriteEndObject();
    }

    private static void Highlight(Utf8JsonWriter json, Highlight h)
    {
        json.WriteStartObject();
        json.WriteString("text", h.Text);
        json.WriteStartArray("words");
        foreach (var w in h.Words) json.WriteStringValue(w);
        json.WriteEndArray();
        if (h.TableId is { } table)
        {
            json.WriteString("table", table);
            json.WriteNumber("row", h.Row);
            json.WriteNumber("cell", h.Cell);
        }

        json.WriteEndObject();
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
