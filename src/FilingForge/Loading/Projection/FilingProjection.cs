using FilingForge.Model;
using FilingForge.Values;

namespace FilingForge.Loading.Projection;

/// <summary>
/// A filing's value tree into its typed model, by hand and without reflection, so the tool can be compiled ahead of
/// time: each data file has its projection class, each object type its method. The result carries what the
/// reflection binder's did (locations, data paths, the location of every written field) and, on every object,
/// the <see cref="ObjectValue"/> it came from.
/// </summary>
internal static class FilingProjection
{
    /// <param name="values">A complete tree: every data file of the filing, each typed by the profile.</param>
    /// <param name="name">The filing's name, its folder's.</param>
    public static Filing Of(FilingValues values, string name, string directory)
    {
        var files = new Files(values);
        return new Filing
        {
            Name = name,
            Directory = directory,
            Company = files.Of(nameof(Filing.Company), CompanyProjection.Of),
            Meeting = files.Of(nameof(Filing.Meeting), MeetingProjection.Of),
            People = files.Of(nameof(Filing.People), PeopleProjection.Of),
            Proposals = files.Of(nameof(Filing.Proposals), ProposalsProjection.Of),
            Directors = files.Of(nameof(Filing.Directors), DirectorsProjection.Of),
            Committees = files.Of(nameof(Filing.Committees), CommitteesProjection.Of),
            DirectorCompensation = files.Of(nameof(Filing.DirectorCompensation), DirectorCompensationProjection.Of),
            ExecutiveOfficers = files.Of(nameof(Filing.ExecutiveOfficers), ExecutiveOfficersProjection.Of),
            SummaryCompensation = files.Of(nameof(Filing.SummaryCompensation), SummaryCompensationProjection.Of),
            OptionGrants = files.Of(nameof(Filing.OptionGrants), OptionGrantsProjection.Of),
            OptionExercises = files.Of(nameof(Filing.OptionExercises), OptionExercisesProjection.Of),
            EmploymentAgreements = files.Of(nameof(Filing.EmploymentAgreements), EmploymentAgreementsProjection.Of),
            BeneficialOwnership = files.Of(nameof(Filing.BeneficialOwnership), BeneficialOwnershipProjection.Of),
            AuditorFees = files.Of(nameof(Filing.AuditorFees), AuditorFeesProjection.Of),
            Reports = files.Of(nameof(Filing.Reports), ReportsProjection.Of),
            PerformanceGraph = files.Of(nameof(Filing.PerformanceGraph), PerformanceGraphProjection.Of),
            RelatedTransactions = files.Of(nameof(Filing.RelatedTransactions), RelatedTransactionsProjection.Of),
            OtherInformation = files.Of(nameof(Filing.OtherInformation), OtherInformationProjection.Of),
            ProxyCard = files.Of(nameof(Filing.ProxyCard), ProxyCardProjection.Of),
            Ethics = files.Of(nameof(Filing.Ethics), EthicsProjection.Of),
            Values = values,
        };
    }

    /// <summary>The tree's files by the <see cref="Filing"/> property each fills.</summary>
    private sealed class Files(FilingValues values)
    {
        /// <summary>
        /// The file of <paramref name="property"/> (<c>AuditorFees</c> is <c>auditor-fees</c>, the rule
        /// data files are named by), projected.
        /// </summary>
        public T Of<T>(string property, Func<ObjectValue, T> project)
        {
            var baseName = DataKeyNaming.ToDataKey(property).Replace('_', '-');
            return values.Files.TryGetValue(baseName, out var file)
                ? project(file)
                : throw new InvalidOperationException($"The value tree holds no `{baseName}` file; the profile declares fewer files than the filing has.");
        }
    }
}
