using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

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
