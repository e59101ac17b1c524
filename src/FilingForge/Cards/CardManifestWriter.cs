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

    public CardManifestWriter(string path)
    {
        _writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        _writer.WriteLine(Header);
    }

    public void Add(Holder holder, ControlNumber number, string file, int firstPage, int lastPage)
    {
        _writer.Write(CsvLine.Quote(holder.Id));
        _writer.Write(',');
        _writer.Write(number.Digits);
        _writer.Write(',');
        _writer.Write(CsvLine.Quote(file));
        _writer.Write(',');
        _writer.Write(firstPage.ToString(CultureInfo.InvariantCulture));
        _writer.Write(',');
        _writer.WriteLine(lastPage.ToString(CultureInfo.InvariantCulture));
    }

    public void Dispose() => _writer.Dispose();
}
