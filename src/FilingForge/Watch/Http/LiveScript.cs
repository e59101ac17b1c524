namespace FilingForge.Watch.Http;

/// <summary>The page's script (<c>Assets/live.js</c>), carried inside the assembly like the fonts.</summary>
public static class LiveScript
{
    public const string ResourceName = "FilingForge.Watch.live.js";

    public static byte[] Bytes { get; } = Load();

    private static byte[] Load()
    {
        using var stream = typeof(LiveScript).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"resource {ResourceName} is missing from the assembly");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
