using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>One move of an opportunity from a stage to another (stage history), written by the <see cref="Opportunity"/> that moved.</summary>
internal sealed class StageChange : TenantEntity
{
    public StageChange(Guid opportunityId, Guid? fromStageId, Guid toStageId, DateTimeOffset at, string actorId)
    {
        OpportunityId = opportunityId;
        FromStageId = fromStageId;
        ToStageId = toStageId;
        At = at;
        ActorId = actorId;
    }

    /// <summary>For EF Core.</summary>
    private StageChange()
    {
    }

    public Guid OpportunityId { get; private set; }

    public Guid? FromStageId { get; private set; }

    public Guid ToStageId { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = string.Empty;
}
