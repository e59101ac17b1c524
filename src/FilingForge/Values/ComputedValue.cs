using FilingForge.Profiles;

namespace FilingForge.Values;

/// <summary>
/// A derived figure of an item: its field declares the expression, and the value is evaluated in the item that holds
/// it the first time anything reads it (a tie-out in Check, <c>DeclaredFigures</c> in Compute, another figure), then
/// kept. Evaluation is deterministic, so when it happens never changes what it gives.
/// </summary>
public sealed class ComputedValue : DataValue
{
    private readonly Lock _gate = new();
    private decimal? _value;
    private bool _evaluating;

    internal ComputedValue(Diagnostics.SourceLocation location, FieldDeclaration field) : base(location, isDefault: false) => Field = field;

    public FieldDeclaration Field { get; }

    /// <summary>The item the figure belongs to; set by the item when it is built.</summary>
    public ObjectValue Owner { get; internal set; } = null!;

    /// <summary>The filing the item is part of, for a path to another data file; set when the filing is assembled, null for a file read alone.</summary>
    public FilingValues? Filing { get; internal set; }

    /// <summary>The figure, rounded by its rule. Throws <see cref="ExpressionEvaluationException"/> when the data cannot be evaluated.</summary>
    public decimal Value
    {
        get
        {
            // Stages may read the tree from several threads; the lock is re-entrant, so a figure read by a figure is fine.
            lock (_gate)
            {
                if (_value is { } known) return known;
                // The profile reader rules out cycles among figures; this guards against one all the same.
                if (_evaluating) throw new ExpressionEvaluationException($"`{Field.Key}` is computed from itself");
                _evaluating = true;
                try
                {
                    _value = Field.Rounding.Apply(ExpressionEvaluator.Number(Field.Computed!, Owner.Chain(), Filing));
                }
                finally
                {
                    _evaluating = false;
                }

                return _value.Value;
            }
        }
    }
}
