using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>One opportunity as it stands, from the Opportunities module's events only; amounts in the base currency at its kept rate, scaled.</summary>
internal sealed class OpportunityFact : TenantEntity, IOwnedRecord
{
    private OpportunityFact()
    {
    }

    public OpportunityFact(Guid opportunityId) => OpportunityId = opportunityId;

    /// <summary>The opportunity's id (the row has an id of its own, so that the audit history of the opportunity is its own module's).</summary>
    public Guid OpportunityId { get; private set; }

    public Guid CustomerId { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public Guid StageId { get; set; }

    public string Stage { get; set; } = string.Empty;

    /// <summary>OPEN, WON or LOST.</summary>
    public string Status { get; set; } = "OPEN";

    public int Probability { get; set; }

    /// <summary>False when the opportunity has no base amount (no rate): counted, but left out of every amount.</summary>
    public bool HasAmount { get; set; }

    public long AmountInBaseScaled { get; set; }

    /// <summary>Amount × probability / 100, while open.</summary>
    public long WeightedScaled { get; set; }

    public string? Source { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateOnly CreatedDay { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public DateOnly? ClosedDay { get; set; }

    public DateOnly? ExpectedCloseDate { get; set; }

    /// <summary>Minutes from creation to won, when won (whole numbers: averaged in SQL on every provider).</summary>
    public long? CycleMinutes { get; set; }

    public long Version { get; set; }
}
