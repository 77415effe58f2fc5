using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>
/// A user of the tenant as a sales rep. A rep "owns" their own profile: <see cref="OwnerId"/> is the rep's user id,
/// so the record scope shows a rep themself, a manager their subtree, an admin everyone.
/// </summary>
internal sealed class SalesRep : AggregateRoot, IOwnedRecord, ISalesRepRecord
{
    /// <summary>The rep's user id (the token's <c>sub</c>).</summary>
    public string OwnerId { get; set; } = string.Empty;

    public string UserId => OwnerId;

    public string Name { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Title { get; set; }

    public string? Territory { get; set; }

    /// <summary>How many open accounts the rep can carry.</summary>
    public int? Capacity { get; set; }

    public string? ManagerUserId { get; set; }

    public Guid? TeamId { get; set; }

    public DateTimeOffset? DeactivatedAt { get; set; }

    public bool Active => DeactivatedAt is null;
}

internal sealed class SalesTeam : AggregateRoot
{
    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }
}

/// <summary>A course a rep took: owned by the rep, so the record scope shows it to them and their managers.</summary>
internal sealed class TrainingRecord : TenantEntity, IOwnedRecord
{
    /// <summary>The rep's user id.</summary>
    public string OwnerId { get; set; } = string.Empty;

    public string Course { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public bool Completed { get; set; }

    /// <summary>0-100, when the course is scored.</summary>
    public decimal? Score { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
}
