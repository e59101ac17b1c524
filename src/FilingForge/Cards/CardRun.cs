using FilingForge.Compilation;
using FilingForge.Diagnostics;
using FilingForge.Writers.Pdf.Format;

namespace FilingForge.Cards;

/// <summary>
/// Produces the personalised cards of a register in two streaming passes. Pass one validates every row and counts
/// the valid holders (so <c>--on-bad-row fail</c> stops before anything is written, and a shard knows its range).
/// Pass two issues control numbers to EVERY valid holder in register order (collisions resolve the same way in every
/// shard) and renders only the shard's contiguous range. Neither pass keeps holders: memory holds the set of issued
/// numbers and the ids seen (for duplicate and collision checks), a few dozen bytes per holder, never the cards.
/// The files are streamed into an <see cref="OutputCommit"/>, the build's atomic commit: the output folder holds the
/// previous run's complete set of cards and manifest, or this run's, at every instant (after a kill, once the next run
/// or reader has recovered it), and a run that fails leaves nothing of its own.
/// </summary>
public static class CardRun
{
    /// <param name="context">Binds the numbers to this filing (company and meeting), so two meetings never share numbers.</param>
    /// <param name="progress">Called after each card with (cards written, cards this run will write).</param>
    public static CardRunResult Run(CardTemplate template, PdfDocumentInfo info, byte[] key, string context, CardRunOptions options,
        DiagnosticBag diagnostics, Action<long, long>? progress = null)
    {
        var (valid, badRows) = Validate(template, options, diagnostics);
        if (valid == 0 && !diagnostics.HasErrors)
            diagnostics.Report(CardDiagnostics.NoHolders, new SourceLocation(options.RegisterPath, 1, 1), badRows);
        if (diagnostics.HasErrors) return new CardRunResult(false, 0, valid, badRows, 0, 0);

        var (start, end) = options.Shard.RangeOf(valid);
        var total = end - start;
        using var generator = new ControlNumberGenerator(key, context);
        long written = 0;
        try
        {
            // The folder's lock is held from here to the commit, so a second run into the folder waits (or gives up
            // with FF0004) rather than mixing its files with these.
            using var commit = OutputCommit.Begin(options.OutputDirectory, seal: options.ManifestName, options.LockWait);
            int files;
            using (var cards = new CardFileSet(template, info, options, commit))
            using (var manifest = new CardManifestWriter(commit.Create(options.ManifestName)))
            {
                // Reading, checking and numbering run on a second thread, a batch ahead of the writing here; the batches
                // come in register order, so files, pages and manifest rows are what one thread would write.
                foreach (var batch in Numbered(template, options, generator, end))
                {
                    foreach (var (holder, number, index) in batch)
                    {
                        if (index < start)
                        {
                            cards.Pass(holder);
                            continue;
                        }

                        var (file, first, last) = cards.Write(holder, number);
                        manifest.Add(holder, number, file, first, last);
                        written++;
                        progress?.Invoke(written, total);
                    }
                }

                cards.Close();
                files = cards.Files;
            }

            commit.Complete();
            return new CardRunResult(true, written, valid, badRows, files, generator.Collisions);
        }
        catch (OutputFault fault)
        {
            // Disk full, read-only, the folder held by another run: located, and nothing of this run is left behind.
            diagnostics.Add(fault.Diagnostic);
            return new CardRunResult(false, 0, valid, badRows, 0, 0);
        }
    }

    private const int BatchSize = 512;

    /// <summary>At most this many batches wait for the writer: memory stays a few thousand holders, whatever the register.</summary>
    private const int BatchesAhead = 4;

    /// <summary>
    /// Pass two's holders before <paramref name="end"/> with their numbers (issued to every holder in register order),
    /// in batches, read on another thread. An exception there is rethrown here.
    /// </summary>
    private static IEnumerable<(Holder Holder, ControlNumber Number, long Index)[]> Numbered(CardTemplate template, CardRunOptions options,
        ControlNumberGenerator generator, long end)
    {
        using var queue = new System.Collections.Concurrent.BlockingCollection<(Holder, ControlNumber, long)[]>(BatchesAhead);
        using var stop = new CancellationTokenSource();
        Exception? failure = null;
        var reader = new Thread(() =>
        {
            try
            {
                var batch = new List<(Holder, ControlNumber, long)>(BatchSize);
                long position = 0;
                foreach (var holder in new HolderRegisterReader(options.RegisterPath, new DiagnosticBag(), template.Unprintable).Read())
                {
                    var index = position++;
                    if (index >= end) break; // numbers of later holders cannot change earlier ones
                    batch.Add((holder, generator.Issue(holder.Id), index));
                    if (batch.Count < BatchSize) continue;
                    queue.Add(batch.ToArray(), stop.Token);
                    batch.Clear();
                }

                if (batch.Count > 0) queue.Add(batch.ToArray(), stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // the writer stopped first
            }
            catch (Exception e)
            {
                failure = e;
            }
            finally
            {
                queue.CompleteAdding();
            }
        }) { IsBackground = true, Name = "cards: register" };
        reader.Start();
        try
        {
            foreach (var batch in queue.GetConsumingEnumerable()) yield return batch;
        }
        finally
        {
            stop.Cancel();
            reader.Join();
        }

        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
    }

    /// <summary>A fault of the whole register, not of a row: no row can be skipped past it.</summary>
    private static bool IsFatal(Diagnostic d) => d.Descriptor == CardDiagnostics.BadHeader || d.Descriptor == CardDiagnostics.NotARegister;

    /// <summary>Pass one: every row checked; bad rows are errors under fail, warnings (plus one summary) under skip.</summary>
    private static (long Valid, int BadRows) Validate(CardTemplate template, CardRunOptions options, DiagnosticBag diagnostics)
    {
        var rows = new DiagnosticBag();
        var reader = new HolderRegisterReader(options.RegisterPath, rows, template.Unprintable);
        long valid = 0;
        foreach (var _ in reader.Read()) valid++;
        var headerBroken = rows.Items.Any(IsFatal);
        foreach (var d in rows.Items)
            diagnostics.Add(options.FailOnBadRow || headerBroken ? d : d with { Severity = Severity.Warning });
        if (!options.FailOnBadRow && reader.BadRows > 0 && !headerBroken)
            diagnostics.Report(CardDiagnostics.RowSkipped, new SourceLocation(options.RegisterPath, 1, 1),
                reader.BadRows, valid);
        return (valid, reader.BadRows);
    }
}
