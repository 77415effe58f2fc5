using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Primitives;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Domain;

/// <summary>
/// A user of the tenant as a sales rep. A rep "owns" their own profile: <see cref="OwnerId"/> is the rep's user id,
/// so the record scope shows a rep themself, a manager their subtree, an admin everyone.
/// </summary>
internal sealed class SalesRep : AggregateRoot, IOwnedRecord, ISalesRepRecord
{
    public SalesRep(string ownerId)
    {
        OwnerId = ownerId;
    }

    private SalesRep()
    {
    }

    /// <summary>The rep's user id (the token's <c>sub</c>).</summary>
    public string OwnerId { get; private set; } = string.Empty;

    public string UserId => OwnerId;

    public string Name { get; private set; } = string.Empty;

    public string? Email { get; private set; }

    public string? Title { get; private set; }

    public string? Territory { get; private set; }

    /// <summary>How many open accounts the rep can carry.</summary>
    public int? Capacity { get; private set; }

    public string? ManagerUserId { get; private set; }

    public Guid? TeamId { get; private set; }

    public DateTimeOffset? DeactivatedAt { get; private set; }

    public bool Active => DeactivatedAt is null;

    /// <summary>Applies the parts of the profile that were sent (checked by <see cref="SalesRepProfile.Check"/>); a name is never cleared.</summary>
    public void Edit(SalesRepProfile profile)
    {
        if (profile.Name.Or(null) is { } name)
        {
            Name = name;
        }

        if (profile.Email.HasValue)
        {
            Email = profile.Email.Value?.ToLowerInvariant();
        }

        if (profile.Title.HasValue)
        {
            Title = profile.Title.Value;
        }

        if (profile.Territory.HasValue)
        {
            Territory = profile.Territory.Value;
        }

        if (profile.Capacity.HasValue)
        {
            Capacity = profile.Capacity.Value;
        }
    }

    /// <summary>Puts the rep below another manager (null: at the top) and/or in another team (null: none); a part left out stays.</summary>
    public void Place(Optional<string?> managerUserId, Optional<Guid?> teamId)
    {
        if (managerUserId.HasValue)
        {
            ManagerUserId = managerUserId.Value;
        }

        if (teamId.HasValue)
        {
            TeamId = teamId.Value;
        }
    }

    /// <summary>The rep leaves: deactivated at <paramref name="now"/>, or still at the time they first left.</summary>
    public void Deactivate(DateTimeOffset now) => DeactivatedAt ??= now;
}
