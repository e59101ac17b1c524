using FilingForge.Computation;
using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary><c>beneficial-ownership.yaml</c> into <see cref="BeneficialOwnershipFile"/>.</summary>
internal static class BeneficialOwnershipProjection
{
    public static BeneficialOwnershipFile Of(ObjectValue file)
    {
        var read = new FieldReader(file);
        return read.Located(new BeneficialOwnershipFile
        {
            AsOf = read.Date(nameof(BeneficialOwnershipFile.AsOf)),
            PercentBasis = read.Enum<PercentBasis>(nameof(BeneficialOwnershipFile.PercentBasis)),
            Introduction = read.Markdown(nameof(BeneficialOwnershipFile.Introduction)),
            Owners = read.Objects(nameof(BeneficialOwnershipFile.Owners), OwnerOf),
            Group = read.Object(nameof(BeneficialOwnershipFile.Group), GroupOf),
            Footnotes = read.Objects(nameof(BeneficialOwnershipFile.Footnotes), FootnoteProjection.Of),
        });
    }

    private static BeneficialOwner OwnerOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new BeneficialOwner
        {
            Person = read.Text(nameof(BeneficialOwner.Person)),
            Shares = read.Int64(nameof(BeneficialOwner.Shares)),
            AcquirableWithin60Days = read.Int64(nameof(BeneficialOwner.AcquirableWithin60Days)),
            HeldIndirectly = read.Objects(nameof(BeneficialOwner.HeldIndirectly), IndirectHoldingOf),
            Notes = read.List(nameof(BeneficialOwner.Notes), ProjectedValue.Text),
            StatedPercent = read.OptionalDecimal(nameof(BeneficialOwner.StatedPercent)),
        });
    }

    private static IndirectHolding IndirectHoldingOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new IndirectHolding
        {
            Holder = read.Text(nameof(IndirectHolding.Holder)),
            Shares = read.Int64(nameof(IndirectHolding.Shares)),
            Disclaimed = read.Boolean(nameof(IndirectHolding.Disclaimed)),
        });
    }

    private static OwnershipGroup GroupOf(ObjectValue value)
    {
        var read = new FieldReader(value);
        return read.Located(new OwnershipGroup
        {
            Label = read.Text(nameof(OwnershipGroup.Label)),
            Members = read.List(nameof(OwnershipGroup.Members), ProjectedValue.Text),
            Shares = read.Int64(nameof(OwnershipGroup.Shares)),
            AcquirableWithin60Days = read.Int64(nameof(OwnershipGroup.AcquirableWithin60Days)),
            StatedPercent = read.OptionalDecimal(nameof(OwnershipGroup.StatedPercent)),
        });
    }
}
