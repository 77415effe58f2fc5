using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Opportunities.Domain;

/// <summary>One change of an opportunity's owner (assignment history), written by the <see cref="Opportunity"/> that changed hands.</summary>
internal sealed class Assignment : TenantEntity
{
    public Assignment(Guid opportunityId, string? fromOwnerId, string toOwnerId, DateTimeOffset at, string actorId, string? reason)
    {
        OpportunityId = opportunityId;
        FromOwnerId = fromOwnerId;
        ToOwnerId = toOwnerId;
        At = at;
        ActorId = actorId;
        Reason = reason;
    }

    /// <summary>For EF Core.</summary>
    private Assignment()
    {
    }

    public Guid OpportunityId { get; private set; }

    public string? FromOwnerId { get; private set; }

    public string ToOwnerId { get; private set; } = string.Empty;

    public DateTimeOffset At { get; private set; }

    public string ActorId { get; private set; } = string.Empty;

    public string? Reason { get; private set; }
}
