using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>related-transactions.yaml</c> into <see cref="RelatedTransactionsFile"/>.</summary>
internal static class RelatedTransactionsProjection
{
    public static RelatedTransactionsFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new RelatedTransactionsFile
        {
            Transactions = read.Objects(nameof(RelatedTransactionsFile.Transactions), TransactionOf),
        });
    }

    private static RelatedTransaction TransactionOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new RelatedTransaction
        {
            Person = read.Text(nameof(RelatedTransaction.Person)),
            Text = read.Markdown(nameof(RelatedTransaction.Text)),
        });
    }
}
