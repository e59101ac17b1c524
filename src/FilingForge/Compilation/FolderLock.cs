using FilingForge.Diagnostics;

namespace FilingForge.Compilation;

/// <summary>
/// The lock a run holds on an output folder while it stages and commits its files, so two builds into one folder take
/// turns instead of renaming over each other's temporaries. It is an exclusive advisory lock (flock on Unix, a sharing
/// lock on Windows, both what <see cref="FileShare.None"/> takes) on <see cref="FileName"/>: the system releases it when
/// the process dies, even by kill -9, so a killed build never leaves the folder locked. The file itself stays (deleting
/// it would let a waiting run lock a file no one else can see).
/// </summary>
public sealed class FolderLock : IDisposable
{
    public const string FileName = ".filingforge.lock";

    /// <summary>
    /// How long a run waits for another run's commit before giving up: a build's commit takes well under a second; a
    /// card run stages its cards without it and holds it only for the swap, which takes a few seconds for 100,000 files.
    /// </summary>
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(60);

    private readonly FileStream _stream;

    private FolderLock(FileStream stream) => _stream = stream;

    /// <summary>Takes the lock on <paramref name="directory"/>, waiting up to <paramref name="wait"/>; throws <see cref="OutputFault"/> (FF0004) after that.</summary>
    public static FolderLock Acquire(string directory, TimeSpan? wait = null)
    {
        var path = Path.Combine(directory, FileName);
        var deadline = DateTime.UtcNow + (wait ?? DefaultWait);
        while (true)
        {
            try
            {
                return new FolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (IsHeldByAnother(e))
            {
                if (DateTime.UtcNow >= deadline) throw Busy(directory, wait ?? DefaultWait, e);
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>The lock on <paramref name="path"/> if no one holds it (creating the file), null if another run does; never waits.</summary>
    internal static FileStream? Hold(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (IsHeldByAnother(e))
        {
            return null;
        }
    }

    /// <summary>Lock contention (EWOULDBLOCK on Linux and macOS, a sharing violation on Windows), not a disk that refuses the file.</summary>
    private static bool IsHeldByAnother(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static OutputFault Busy(string directory, TimeSpan waited, Exception inner) =>
        new(OutputDiagnostics.FolderBusy.At(new SourceLocation(directory, 0, 0), directory, (int)waited.TotalSeconds), inner);

    public void Dispose() => _stream.Dispose();
}
