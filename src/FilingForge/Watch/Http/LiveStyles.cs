namespace FilingForge.Watch.Http;

/// <summary>The styles of the preview's own additions: the format links, the change marks and the diagnostics overlay.</summary>
public static class LiveStyles
{
    public const string Css =
        "#ff-watch{position:fixed;right:.5rem;bottom:.5rem;z-index:10;font:13px system-ui,sans-serif;background:#f4f4f4;" +
        "border:1px solid #bbb;border-radius:4px;padding:.3rem .5rem}#ff-watch a{margin:0 .25rem}" +
        ".ff-changed,mark.ff-changed-word{background:#fff1a8;outline:1px solid #e0c200}" +
        "#ff-diagnostics{position:fixed;left:0;right:0;top:0;z-index:20;max-height:60vh;overflow:auto;background:#fff5f5;" +
        "border-bottom:3px solid #c00;padding:.5rem 1rem;font:13px ui-monospace,monospace;color:#600;box-shadow:0 2px 8px #0004}" +
        "#ff-diagnostics h2{font:bold 14px system-ui,sans-serif;margin:0 0 .4rem}#ff-diagnostics pre{margin:0;white-space:pre-wrap}" +
        "@media print{#ff-watch,#ff-diagnostics{display:none}.ff-changed,mark.ff-changed-word{background:none;outline:none}}";
}
