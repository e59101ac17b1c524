namespace FilingForge.Compilation;

/// <summary>
/// One run's commit into an output folder (see <see cref="AtomicOutputFolder"/> for the promise), open while the run
/// writes its files: <see cref="Begin"/> takes the folder's lock and recovers what a killed run left; each file is
/// written into the staging folder <see cref="AtomicOutputFolder.StagingFolder"/> inside the output folder, whole as a
/// byte array (<see cref="Add"/>) or streamed (<see cref="Create"/>, for outputs too large to hold in memory, such as a
/// register's cards); <see cref="Complete"/> swaps the changed files in under the journal. Disposed without
/// <see cref="Complete"/> (a fault, an exception, a cancelled run) it removes everything it staged, releases the lock
/// and removes the output folder if it created it, so the folder is as it was before the run.
/// <para>
/// File names are relative to the output folder and may name a subfolder (<c>holders/a.pdf</c>, with '/'). Memory is a
/// name and two flags per file, never a file's content, so a run can stream any number of files of any size.
/// </para>
/// </summary>
public sealed class OutputCommit : IDisposable
{
    private readonly string _directory;
    private readonly string? _seal;
    private readonly bool _created;
    private readonly CommitTestHook _hook = CommitTestHook.FromEnvironment();
    private readonly List<Entry> _entries = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private FolderLock? _lock;
    private int _open;
    private OutputFault? _fault;
    private bool _completed;

    private sealed class Entry(string name, bool hadOld)
    {
        public string Name { get; } = name;
        public bool HadOld { get; } = hadOld;

        /// <summary>Staged in full and different from the file it replaces (an identical file is left alone).</summary>
        public bool Changed { get; set; }
    }

    private OutputCommit(string directory, string? seal, bool created, FolderLock held)
    {
        _directory = directory;
        _seal = seal;
        _created = created;
        _lock = held;
    }

    /// <summary>
    /// Creates the folder if needed, takes its lock (waiting up to <paramref name="lockWait"/>, then FF0004) and rolls
    /// back a killed run's commit. Throws <see cref="OutputFault"/> when the folder cannot be written.
    /// </summary>
    /// <param name="seal">The file (among those the run writes) that vouches for the others: removed first, put back last.</param>
    public static OutputCommit Begin(string directory, string? seal = null, TimeSpan? lockWait = null)
    {
        var created = !Directory.Exists(directory);
        FolderLock? held = null;
        try
        {
            Directory.CreateDirectory(directory);
            held = FolderLock.Acquire(directory, lockWait);
            AtomicOutputFolder.RecoverLocked(directory);
            return new OutputCommit(directory, seal, created, held);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            held?.Dispose();
            if (created) AtomicOutputFolder.TryDeleteEmptyFolder(directory);
            throw e as OutputFault ?? OutputFault.Writing(directory, e);
        }
    }

    /// <summary>Stages a file given whole; a file equal to the one in the folder is not written at all.</summary>
    public void Add(string name, byte[] content)
    {
        var entry = NewEntry(name);
        if (entry.HadOld && AtomicOutputFolder.Unchanged(FinalPath(name), content)) return;

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
    /// Swaps every changed file in under the journal (the commit point is the journal's removal) and releases the lock.
    /// Throws the fault that stopped a write, if one did, and <see cref="OutputFault"/> when a rename is refused (the
    /// previous set is then put back).
    /// </summary>
    public void Complete()
    {
        if (_fault is not null) throw _fault;
        if (_open > 0) throw new InvalidOperationException($"{_open} staged stream(s) are still open.");
        if (_completed || _lock is null) throw new InvalidOperationException("The commit has already ended.");
        var changed = _entries.Where(e => e.Changed).ToList();
        try
        {
            if (changed.Count > 0) Swap(changed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A rename the file system refused: put the previous set back now rather than leave it to the next run.
            try { AtomicOutputFolder.RecoverLocked(_directory); }
            catch (Exception again) when (again is IOException or UnauthorizedAccessException) { }
            throw e as OutputFault ?? OutputFault.Writing(_directory, e);
        }

        _completed = true;
        AtomicOutputFolder.TryDeleteTree(Path.Combine(_directory, AtomicOutputFolder.StagingFolder));
        _lock.Dispose();
        _lock = null;
    }

    /// <summary>Without <see cref="Complete"/>: removes what this commit staged, releases the lock, removes a folder it created.</summary>
    public void Dispose()
    {
        if (_lock is null) return;
        if (!_completed) AtomicOutputFolder.TryDeleteTree(Path.Combine(_directory, AtomicOutputFolder.StagingFolder));
        _lock.Dispose();
        _lock = null;
        if (!_completed && _created) AtomicOutputFolder.TryDeleteEmptyFolder(_directory);
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
        if (_lock is null || _completed) throw new InvalidOperationException("The commit has already ended.");
        if (_fault is not null) throw _fault;
        if (!CommitJournal.IsInside(name)) throw new ArgumentException($"'{name}' is not a file name inside the output folder.", nameof(name));
        if (!_names.Add(name)) throw new ArgumentException($"'{name}' is staged twice in one commit.", nameof(name));
        var entry = new Entry(name, File.Exists(FinalPath(name)));
        _entries.Add(entry);
        return entry;
    }

    private string FinalPath(string name) => Path.Combine(_directory, name);

    private string StagedPath(string name) => Path.Combine(_directory, AtomicOutputFolder.StagingFolder, name);

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
        if (entry.HadOld && Guard(entry.Name, () => AtomicOutputFolder.SameContent(StagedPath(entry.Name), FinalPath(entry.Name))))
        {
            File.Delete(StagedPath(entry.Name));
            return;
        }

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
