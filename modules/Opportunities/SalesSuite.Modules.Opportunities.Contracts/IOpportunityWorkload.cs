namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>Open opportunities per owner and the open pipeline stages, for distributing work (assignment rules, stall reminders).</summary>
public interface IOpportunityWorkload
{
    /// <summary>How many open opportunities each of <paramref name="ownerIds"/> owns (counted in SQL over the whole tenant); owners without any get
    /// 0.</summary>
    Task<IReadOnlyDictionary<string, int>> OpenCountsAsync(IReadOnlyCollection<string> ownerIds, CancellationToken cancellationToken);

    /// <summary>The tenant's active open stages, in pipeline order.</summary>
    Task<IReadOnlyList<OpenStage>> OpenStagesAsync(CancellationToken cancellationToken);
}

public sealed record OpenStage(Guid Id, string Name);
