using System.Diagnostics;

namespace FilingForge.Tests.Support;

/// <summary>
/// A small tmpfs mounted for one test: a disk that fills up at a known size, or a read-only file system. Mounting needs
/// root (or CAP_SYS_ADMIN); <see cref="TmpfsFactAttribute"/> skips the test where the machine does not allow it.
/// </summary>
public sealed class Tmpfs : IDisposable
{
    private Tmpfs(string path) => Path = path;

    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="size"/> (e.g. "300k") with <paramref name="options"/> (e.g. "ro").</summary>
    public static Tmpfs Mount(string size, string? options = null)
    {
        var path = Directory.CreateTempSubdirectory("ff-tmpfs-").FullName;
        var result = Run("mount", "-t", "tmpfs", "-o", options is null ? $"size={size}" : $"size={size},{options}", "tmpfs", path);
        if (result != 0)
        {
            Directory.Delete(path);
            Assert.Fail($"mount -t tmpfs failed (exit {result})");
        }

        return new Tmpfs(path);
    }

    /// <summary>Whether this machine lets the tests mount a tmpfs (tried once).</summary>
    public static bool Available => Probe.Value;

    private static readonly Lazy<bool> Probe = new(() =>
    {
        if (OperatingSystem.IsWindows() || ExternalTool.Find("mount") is null) return false;
        var path = Directory.CreateTempSubdirectory("ff-tmpfs-probe-").FullName;
        try
        {
            if (Run("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", path) != 0) return false;
            Run("umount", path);
            return true;
        }
        finally
        {
            Directory.Delete(path);
        }
    });

    public void Dispose()
    {
        Run("umount", Path);
        Directory.Delete(Path);
    }

    private static int Run(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}

/// <summary>A fact that needs <see cref="Tmpfs"/>: skipped with a message where mounting is not allowed, except under CI=true.</summary>
public sealed class TmpfsFactAttribute : FactAttribute
{
    public override string? Skip
    {
        get => base.Skip is not null || ExternalTool.InCi || Tmpfs.Available
            ? base.Skip
            : "Cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN); the disk-full and read-only cases are not tested.";
        set => base.Skip = value;
    }
}
