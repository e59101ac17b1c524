using System.Globalization;
using FilingForge.Compilation;
using FilingForge.Writers.Pdf;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Cards;

/// <summary>
/// The PDF files a run writes: one file, a new volume every N cards, or one file per holder, each streamed into the
/// run's <see cref="OutputCommit"/> (staged beside the output folder's files, committed with the manifest). Only the
/// open file is held; a finished file is closed at once, so memory does not depend on how many cards or files there are.
/// </summary>
internal sealed class CardFileSet : IDisposable
{
    private readonly CardTemplate _template;
    private readonly PdfDocumentInfo _info;
    private readonly CardRunOptions _options;
    private readonly OutputCommit _commit;
    private readonly HolderFileNames _names = new();
    private PersonalisedPdfWriter? _current;
    private Stream? _stream;
    private int _cardsInCurrent;

    public CardFileSet(CardTemplate template, PdfDocumentInfo info, CardRunOptions options, OutputCommit commit)
    {
        _template = template;
        _info = info;
        _options = options;
        _commit = commit;
    }

    public int Files { get; private set; }

    /// <summary>A holder before the shard's range: its file name is issued (as the unsharded run does) but nothing is written.</summary>
    public void Pass(Holder holder)
    {
        if (_options.PerHolder) _names.Issue(holder.Id);
    }

    /// <summary>Writes the holder's card; returns the file (relative to the output folder) and its page range there.</summary>
    public (string File, int FirstPage, int LastPage) Write(Holder holder, ControlNumber number)
    {
        var file = FileFor(holder);
        var writer = _current!;
        var first = writer.PageCount + 1;
        var overlay = _template.Personalise(holder, number);
        for (var p = 0; p < overlay.Length; p++) writer.WritePage(p, overlay[p]);
        _cardsInCurrent++;
        return (file, first, writer.PageCount);
    }

    private string _currentFile = "";

    private string FileFor(Holder holder)
    {
        var needNew = _current is null || _options.PerHolder || (_options.VolumeSize > 0 && _cardsInCurrent >= _options.VolumeSize);
        if (!needNew) return _currentFile;
        Close();
        _currentFile = _options.PerHolder ? "holders/" + _names.Issue(holder.Id) + ".pdf"
            : _options.VolumeSize > 0 ? $"{_options.Stem}-{(Files + 1).ToString("D4", CultureInfo.InvariantCulture)}.pdf"
            : _options.Stem + ".pdf";
        _stream = _commit.Create(_currentFile);
        _current = new PersonalisedPdfWriter(_stream, _info, _template.Pages);
        _cardsInCurrent = 0;
        Files++;
        return _currentFile;
    }

    /// <summary>Finishes the open file (resources, page tree, trailer) and ends its staging.</summary>
    public void Close()
    {
        if (_current is null) return;
        _current.Finish();
        Dispose();
    }

    /// <summary>Closes the open file; unfinished (after a failure) it stays in staging, which the failed commit removes.</summary>
    public void Dispose()
    {
        _current?.Dispose();
        _stream?.Dispose();
        _current = null;
        _stream = null;
    }
}
