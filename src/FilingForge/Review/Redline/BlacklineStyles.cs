namespace FilingForge.Review.Redline;

/// <summary>The blackline's style sheet: the marks lawyers expect, legible on screen and in print.</summary>
internal static class BlacklineStyles
{
    public const string Css = """
        body { font-family: "Times New Roman", Times, serif; font-size: 12pt; line-height: 1.35; max-width: 46em; margin: 2em auto; padding: 0 3em; color: #000; }
        ins { text-decoration: underline; text-decoration-style: double; text-decoration-color: #0033a0; color: #0033a0; border-bottom: 3px double #0033a0; }
        del { text-decoration: line-through; color: #a00000; }
        .b { position: relative; }
        .b.chg::before { content: ""; position: absolute; left: -1.5em; top: 0; bottom: 0; border-left: 3px solid #000; }
        .b.moved-to ins, .b.moved-to { color: #006400; }
        .note { font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #555; margin: 0.5em 0 0; }
        .summary { border: 1px solid #000; padding: 0.5em 1em 1em; margin-bottom: 2em; font-family: Arial, Helvetica, sans-serif; font-size: 10pt; }
        .summary h1 { font-size: 14pt; }
        .summary h2 { font-size: 11pt; margin-top: 1em; }
        .summary table { border-collapse: collapse; }
        .summary th, .summary td { border: 1px solid #999; padding: 2px 6px; }
        .summary td.n { text-align: right; }
        .legend ins, .legend del { padding: 0 2px; }
        table.t { border-collapse: collapse; width: 100%; margin: 0.5em 0; font-size: 10pt; }
        table.t caption { font-weight: bold; text-align: left; }
        table.t th, table.t td { border-bottom: 1px solid #ccc; padding: 2px 4px; vertical-align: bottom; }
        table.t td.chg { background: #ececec; outline: 1px solid #999; }
        table.t tr.ins-row td { background: #eef3ff; }
        table.t tr.del-row td { background: #fff0f0; text-decoration: line-through; }
        p.small { font-size: 9pt; }
        p.li .marker { display: inline-block; min-width: 1.5em; }
        hr.page { border: 0; border-top: 1px dashed #999; margin: 1.5em 0; }
        @media print { body { margin: 0; max-width: none; } .b.chg::before { left: -0.8em; } }

        """;
}
