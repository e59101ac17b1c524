using System.Globalization;

namespace FilingForge.Compilation;

/// <summary>
/// One run's commit into an output folder (see <see cref="AtomicOutputFolder"/> for the promise), open while the run
/// writes its files. <see cref="Begin"/> gives the run a staging folder of its own, <c>.filingforge-staging/ID/</c>
/// inside the output folder, marked live by a lock the run holds on <c>ID.lock</c>; each file is written there, whole as
/// a byte array (<see cref="Add"/>) or streamed (<see cref="Create"/>, for outputs too large to hold in memory, such as
/// a register's cards). <see cref="Complete"/> takes the folder's <see cref="FolderLock"/> (a second run waits its
/// turn, FF0004 after the wait), recovers what a killed run left, and swaps the changed files in under the journal.
/// The folder's lock is held only for that swap, so runs that write different files (the shards of a register) can
/// render into one folder at the same time. Disposed without <see cref="Complete"/> (a fault, an exception) the commit
/// removes everything it staged and removes the output folder if it created it, so the folder is as it was.
/// <para>
/// File names are relative to the output folder and may name a subfolder (<c>holders/a.pdf</c>, with '/'). Memory is a
/// name and two flags per file, never a file's content, so a run can stream any number of files of any size.
/// </para>
/// </summary>
public sealed class OutputCommit : IDisposable
{
    private readonly string _directory;
    private readonly string _staging;
    private readonly string? _seal;
    private readonly bool _created;
    private readonly TimeSpan? _lockWait;
    private readonly CommitTestHook _hook = CommitTestHook.FromEnvironment();
    private readonly List<Entry> _entries = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private FileStream? _live; // the lock on this run's staging folder: while it is held, no other run removes the folder
    private FolderLock? _held; // the folder's lock, when taken for the whole commit (AtomicOutputFolder.Commit)
    private int _open;
    private OutputFault? _fault;
    private bool _completed;

    private sealed class Entry(string name)
    {
        public string Name { get; } = name;

        /// <summary>Whether the folder had the file at the swap (decided under the folder's lock).</summary>
        public bool HadOld { get; set; }

        /// <summary>Staged in full and different from the file it replaces (an identical file is left alone).</summary>
        public bool Changed { get; set; }
    }

    private OutputCommit(string directory, string staging, string? seal, bool created, TimeSpan? lockWait, FileStream live)
    {
        _directory = directory;
        _staging = staging;
        _seal = seal;
        _created = created;
        _lockWait = lockWait;
        _live = live;
    }

    /// <summary>
    /// Creates the folder if needed and this run's staging folder in it. Throws <see cref="OutputFault"/> when the
    /// folder cannot be written, and FF0004 when another run holds the folder's lock for longer than <paramref name="lockWait"/>.
    /// </summary>
    /// <param name="seal">The file (among those the run writes) that vouches for the others: removed first, put back last.</param>
    /// <param name="lockWait">How long <see cref="Complete"/> (and this call, briefly) wait for another run's commit.</param>
    public static OutputCommit Begin(string directory, string? seal = null, TimeSpan? lockWait = null) =>
        Begin(directory, seal, lockWait, holdLock: false);

    /// <param name="holdLock">Keep the folder's lock from here to the end (files given whole, written in a moment):
    /// the folder is recovered at once, and a file equal to the folder's is not even staged.</param>
    internal static OutputCommit Begin(string directory, string? seal, TimeSpan? lockWait, bool holdLock)
    {
        var created = !Directory.Exists(directory);
        FileStream? live = null;
        FolderLock? held = null;
        try
        {
            Directory.CreateDirectory(directory);
            var id = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..12];
            var staging = Path.Combine(directory, AtomicOutputFolder.StagingFolder, id);
            // Under the folder's lock, so that a run sweeping the staging folders of killed runs never meets this one
            // between its folder and its lock.
            held = FolderLock.Acquire(directory, lockWait);
            if (holdLock) AtomicOutputFolder.RecoverLocked(directory);
            Directory.CreateDirectory(staging);
            live = FolderLock.Hold(staging + ".lock") ?? throw new IOException($"'{staging}.lock' is held by another run");
            if (!holdLock)
            {
                held.Dispose();
                held = null;
            }

            return new OutputCommit(directory, staging, seal, created, lockWait, live) { _held = held };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            live?.Dispose();
            held?.Dispose();
            if (created) AtomicOutputFolder.TryDeleteEmptyFolder(directory);
            throw e as OutputFault ?? OutputFault.Writing(directory, e);
        }
    }

    /// <summary>Stages a file given whole; a file equal to the one in the folder is not written at all.</summary>
    public void Add(string name, byte[] content)
    {
        var entry = NewEntry(name);
        if (_held is not null && File.Exists(FinalPath(name)) && AtomicOutputFolder.Unchanged(FinalPath(name), content)) return;
        Guard(name, () =>
        {
            var staged = StagedPath(name);
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            AtomicOutputFolder.WriteDurably(staged, content);
        });
        entry.Changed = true;
        _hook.Step("staged " + name);
    }

    /// <summary>
    /// A stream that stages the file as it is written. Disposing it flushes the file to disk and ends its staging (a
    /// file that came out equal to the one in the folder is then dropped). A write the file system refuses throws
    /// <see cref="OutputFault"/> with the file's final path; after that every write of this commit is discarded.
    /// </summary>
    public Stream Create(string name)
    {
        var entry = NewEntry(name);
        var staged = StagedPath(name);
        var stream = Guard(name, () =>
        {
            Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
            return new FileStream(staged, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        });
        _open++;
        return new StagedStream(this, entry, stream);
    }

    /// <summary>
    /// Takes the folder's lock, rolls back a killed run's commit, and swaps every changed file in under the journal
    /// (the commit point is the journal's removal). Throws the fault that stopped a write, if one did; FF0004 when
    /// another run holds the folder too long; <see cref="OutputFault"/> when a rename is refused (the previous set is
    /// then put back). Either way, nothing of this run is left in staging.
    /// </summary>
    public void Complete()
    {
        if (_fault is not null) throw _fault;
        if (_open > 0) throw new InvalidOperationException($"{_open} staged stream(s) are still open.");
        if (_live is null) throw new InvalidOperationException("The commit has already ended.");
        try
        {
            using var held = _held ?? FolderLock.Acquire(_directory, _lockWait);
            if (_held is null) AtomicOutputFolder.RecoverLocked(_directory);
            foreach (var entry in _entries.Where(e => e.Changed))
            {
                // Decided now, under the lock: another run may have written the folder while this one was staging.
                entry.HadOld = File.Exists(FinalPath(entry.Name));
                entry.Changed = !entry.HadOld || !AtomicOutputFolder.SameContent(StagedPath(entry.Name), FinalPath(entry.Name));
            }

            var changed = _entries.Where(e => e.Changed).ToList();
            if (changed.Count > 0) Swap(changed);
            _completed = true;
            EndStaging();
            AtomicOutputFolder.TryDeleteEmptyStaging(_directory, locked: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A rename the file system refused: put the previous set back now rather than leave it to the next run.
            _held = null; // released with the using above
            if (e is not OutputFault { Diagnostic.Id: "FF0004" })
                try { using (FolderLock.Acquire(_directory, _lockWait)) AtomicOutputFolder.RecoverLocked(_directory); }
                catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            throw e as OutputFault ?? OutputFault.Writing(_directory, e);
        }
    }

    /// <summary>Without <see cref="Complete"/>: removes what this commit staged and a folder it created.</summary>
    public void Dispose()
    {
        if (_live is null) return;
        EndStaging();
        _held?.Dispose();
        _held = null;
        if (_completed) return;
        if (_created) AtomicOutputFolder.TryDeleteEmptyFolder(_directory);
        else AtomicOutputFolder.TryDeleteEmptyStaging(_directory, locked: false);
    }

    /// <summary>This run's staging folder removed, then its lock released (so a sweeping run never meets it half-removed).</summary>
    private void EndStaging()
    {
        AtomicOutputFolder.TryDeleteTree(_staging);
        _live?.Dispose();
        _live = null;
        AtomicOutputFolder.TryDeleteFile(_staging + ".lock");
    }

    private void Swap(List<Entry> changed)
    {
        var sealFirst = changed.OrderByDescending(e => e.Name == _seal).ToList();
        CommitJournal.Write(_directory, sealFirst.Select(e => (e.Name, e.HadOld)));
        _hook.Step("journal written");
        foreach (var entry in sealFirst.Where(e => e.HadOld))
        {
            var backup = CommitJournal.BackupOf(_directory, entry.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(backup)!);
            File.Move(FinalPath(entry.Name), backup);
            _hook.Step("backed up " + entry.Name);
        }

        foreach (var entry in changed.OrderBy(e => e.Name == _seal))
        {
            var final = FinalPath(entry.Name);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            File.Move(StagedPath(entry.Name), final);
            _hook.Step("renamed " + entry.Name);
        }

        CommitJournal.Complete(_directory);
        _hook.Step("journal removed");
        foreach (var entry in sealFirst.Where(e => e.HadOld))
        {
            File.Delete(CommitJournal.BackupOf(_directory, entry.Name));
            _hook.Step("removed backup of " + entry.Name);
        }

        AtomicOutputFolder.TryDeleteTree(Path.Combine(_directory, AtomicOutputFolder.BackupFolder));
    }

    private Entry NewEntry(string name)
    {
        if (_live is null) throw new InvalidOperationException("The commit has already ended.");
        if (_fault is not null) throw _fault;
        if (!CommitJournal.IsInside(name)) throw new ArgumentException($"'{name}' is not a file name inside the output folder.", nameof(name));
        if (!_names.Add(name)) throw new ArgumentException($"'{name}' is staged twice in one commit.", nameof(name));
        var entry = new Entry(name);
        _entries.Add(entry);
        return entry;
    }

    private string FinalPath(string name) => Path.Combine(_directory, name);

    private string StagedPath(string name) => Path.Combine(_staging, name);

    /// <summary>Runs a file-system step of staging <paramref name="name"/>; a refusal becomes this commit's fault (with the final path).</summary>
    private T Guard<T>(string name, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Fail(name, e);
        }
    }

    /// <summary>The commit's fault (the first refusal, with the final path of the file it stopped).</summary>
    private OutputFault Fail(string name, Exception e) => _fault ??= e as OutputFault ?? OutputFault.Writing(FinalPath(name), e);

    private void Guard(string name, Action step) => Guard(name, () =>
    {
        step();
        return true;
    });

    private void Closed(Entry entry)
    {
        _open--;
        if (_fault is not null) return;
        entry.Changed = true;
        _hook.Step("staged " + entry.Name);
    }

    /// <summary>The write side of a staged file, turning the file system's refusals into the commit's fault.</summary>
    private sealed class StagedStream(OutputCommit commit, Entry entry, FileStream inner) : Stream
    {
        private bool _closed;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => !_closed;
        public override long Length => inner.Length;

        public override long Position
        {
            get => inner.Position;
            set => throw new NotSupportedException();
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (commit._fault is not null) return; // the commit is abandoned: nothing it wrote will be kept
            try
            {
                inner.Write(buffer);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw commit.Fail(entry.Name, e);
            }
        }

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush()
        {
            if (commit._fault is null) commit.Guard(entry.Name, () => inner.Flush());
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_closed)
            {
                _closed = true;
                try
                {
                    if (commit._fault is null) commit.Guard(entry.Name, () => inner.Flush(flushToDisk: true));
                }
                finally
                {
                    try { inner.Dispose(); }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException) { } // flushed above, or abandoned
                    commit.Closed(entry); // does nothing more once the commit has a fault
                }
            }

            base.Dispose(disposing);
        }
    }
}
