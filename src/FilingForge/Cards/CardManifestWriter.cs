using System.Globalization;
using System.Text;

namespace FilingForge.Cards;

/// <summary>
/// The printer's manifest: one row per card (holder id, control number, file, first and last page in that file).
/// It carries the control number because the mail house matches it to the envelope; it is the only output besides the
/// cards that does. Every shard writes the header, so each manifest is a CSV of its own; concatenate with the header once.
/// </summary>
public sealed class CardManifestWriter : IDisposable
{
    public static readonly string Header = "holder_id,control_number,file,first_page,last_page";
    private readonly StreamWriter _writer;

    /// <param name="output">Where the manifest goes (a staged file of the run's commit); disposed with the writer.</param>
    public CardManifestWriter(Stream output)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(Header);
    }

    public void Add(Holder holder, ControlNumber number, string file, int firstPage, int lastPage)
    {
        _writer.Write(Cell(holder.Id));
        _writer.Write(',');
        _writer.Write(number.Digits);
        _writer.Write(',');
        _writer.Write(Cell(file));
        _writer.Write(',');
        _writer.Write(firstPage.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.WriteLine(lastPage.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// A text cell that a spreadsheet will not run: OWASP's CSV-injection rule prefixes a value that begins with
    /// <c>= + - @</c>, tab or carriage return with an apostrophe (shown as text, never evaluated) and quotes it.
    /// </summary>
    public static string Cell(string value) =>
        value.Length > 0 && FormulaStarts.Contains(value[0]) ? "\"'" + value.Replace("\"", "\"\"") + "\"" : CsvLine.Quote(value);

    private const string FormulaStarts = "=+-@\t\r";

    public void Dispose() => _writer.Dispose();
}
