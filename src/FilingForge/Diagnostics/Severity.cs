namespace FilingForge.Diagnostics;

public enum Severity
{
    Info,
    Warning,
    Error,
}
