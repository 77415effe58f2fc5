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

/// <summary>
/// What an opportunity adds to the sales report on one day: opened (its creation day), won or lost (its closing day), open
/// pipeline (its expected close date, else its creation day). Rebuilt from the <see cref="OpportunityFact"/> on each change.
/// </summary>
internal sealed class OpportunityMeasure : CalendarFact, IOwnedRecord
{
    public Guid OpportunityId { get; set; }

    public Guid CustomerId { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public int Opened { get; set; }

    public int Won { get; set; }

    public int Lost { get; set; }

    public long WonScaled { get; set; }

    public long PipelineScaled { get; set; }

    public long WeightedScaled { get; set; }
}

/// <summary>One entry of an opportunity into a stage (its stage history), for the funnel: when it left and whether forward.</summary>
internal sealed class StageEntry : TenantEntity, IOwnedRecord
{
    private StageEntry()
    {
    }

    public StageEntry(Guid stageChangeId) => StageChangeId = stageChangeId;

    /// <summary>The stage history row of the Opportunities module this entry is.</summary>
    public Guid StageChangeId { get; private set; }

    public Guid OpportunityId { get; set; }

    /// <summary>The opportunity's current owner.</summary>
    public string OwnerId { get; set; } = string.Empty;

    public Guid CustomerId { get; set; }

    public Guid? FromStageId { get; set; }

    public Guid StageId { get; set; }

    public string Stage { get; set; } = string.Empty;

    public int StagePosition { get; set; }

    /// <summary>OPEN, WON or LOST.</summary>
    public string Kind { get; set; } = "OPEN";

    public DateTimeOffset At { get; set; }

    /// <summary>The tenant's local day of entry.</summary>
    public DateOnly Day { get; set; }

    public DateTimeOffset? LeftAt { get; set; }

    /// <summary>Left for a later open stage or won (not lost, not back).</summary>
    public bool MovedOn { get; set; }

    /// <summary>Minutes from entering the stage to leaving it, once left.</summary>
    public long? MinutesInStage { get; set; }
}

/// <summary>A customer as reports group it, from the Customers module's events.</summary>
internal sealed class CustomerDimension : TenantEntity
{
    private CustomerDimension()
    {
    }

    public CustomerDimension(Guid customerId) => CustomerId = customerId;

    public Guid CustomerId { get; private set; }

    public string Name { get; set; } = string.Empty;

    public string? Level { get; set; }

    public string? Source { get; set; }

    public string? Region { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public bool Archived { get; set; }

    public long Version { get; set; }
}

/// <summary>A sales rep as reports group it, from the Team module's events.</summary>
internal sealed class RepDimension : TenantEntity
{
    public string UserId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public Guid? TeamId { get; set; }

    public string? Territory { get; set; }

    public string? ManagerUserId { get; set; }

    public bool Active { get; set; }

    public long Version { get; set; }
}

/// <summary>A sales team's name, from the Team module's events.</summary>
internal sealed class TeamDimension : TenantEntity
{
    private TeamDimension()
    {
    }

    public TeamDimension(Guid teamId) => TeamId = teamId;

    public Guid TeamId { get; private set; }

    public string Name { get; set; } = string.Empty;

    public long Version { get; set; }
}
