using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using FilingForge.Document;
using FilingForge.Writers.Docx.Packaging;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace FilingForge.Writers.Docx.Parts;

/// <summary>
/// The small workbook embedded in a chart part: categories in column A, one series per column from B, names in row 1,
/// the cells the chart's formulas name. Strings are inline, so the workbook needs no shared-strings part.
/// </summary>
internal static class ChartWorkbookWriter
{
    public static byte[] Write(Chart chart, DateTimeOffset timestamp)
    {
        using var buffer = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = workbook.AddWorkbookPart();
            workbook.ChangeIdOfPart(workbookPart, "rIdWorkbook");
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>("rId1");
            sheetPart.Worksheet = new S.Worksheet(Rows(chart));
            workbookPart.Workbook = new S.Workbook(new S.Sheets(new S.Sheet { Name = "Sheet1", SheetId = 1U, Id = "rId1" }));
        }

        return DeterministicZip.Repack(buffer.ToArray(), timestamp, ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml"]);
    }

    private static S.SheetData Rows(Chart chart)
    {
        var data = new S.SheetData();
        var header = new S.Row { RowIndex = 1U };
        header.AppendChild(Text("A1", ""));
        for (var s = 0; s < chart.Series.Count; s++)
            header.AppendChild(Text(ChartPartWriter.WorkbookColumn(s + 1) + "1", chart.Series[s].Name));
        data.AppendChild(header);

        for (var c = 0; c < chart.Categories.Count; c++)
        {
            var rowNumber = (uint)(c + 2);
            var row = new S.Row { RowIndex = rowNumber };
            var suffix = rowNumber.ToString(CultureInfo.InvariantCulture);
            row.AppendChild(Text("A" + suffix, chart.Categories[c]));
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (c >= chart.Series[s].Values.Count) continue;
                row.AppendChild(new S.Cell(new S.CellValue(chart.Series[s].Values[c].ToString(CultureInfo.InvariantCulture)))
                {
                    CellReference = ChartPartWriter.WorkbookColumn(s + 1) + suffix,
                });
            }

            data.AppendChild(row);
        }

        return data;
    }

    private static S.Cell Text(string reference, string text) =>
        new(new S.InlineString(new S.Text(text))) { CellReference = reference, DataType = S.CellValues.InlineString };
}
