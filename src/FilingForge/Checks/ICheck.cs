namespace FilingForge.Checks;

/// <summary>One concern a reviewing lawyer checks. A check reports through the context and never throws on loaded data.</summary>
public interface ICheck
{
    void Run(CheckContext context);
}
