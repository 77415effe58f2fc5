using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

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
