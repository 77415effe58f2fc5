using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Domain;

internal enum StageKind
{
    Open,
    Won,
    Lost,
}

internal enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}

/// <summary>A step of the tenant's sales pipeline.</summary>
internal sealed class PipelineStage : AggregateRoot
{
    public string Name { get; set; } = string.Empty;

    public int Position { get; set; }

    /// <summary>Probability (0-100) an opportunity gets when it enters the stage.</summary>
    public int DefaultProbability { get; set; }

    public StageKind Kind { get; set; }

    public bool Active { get; set; } = true;
}

/// <summary>A chance to sell to a customer, moving through the pipeline to won or lost.</summary>
internal sealed class Opportunity : AggregateRoot, IOwnedRecord, IOpportunityRecord
{
    /// <summary>Amounts are kept as integers of 1/10,000 of the currency unit: exact sums and ordering in SQL on every provider.</summary>
    public const decimal AmountScale = Scaled.Factor;

    public Guid CustomerId { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>What the customer needs.</summary>
    public string? Requirement { get; set; }

    public long AmountScaled { get; set; }

    public decimal Amount
    {
        get => AmountScaled / AmountScale;
        set => AmountScaled = (long)decimal.Round(value * AmountScale, 0, MidpointRounding.ToEven);
    }

    /// <summary>ISO 4217 code, e.g. USD.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>
    /// Base-currency units per unit of <see cref="Currency"/> on the opportunity's date, its registration (UTC) day; taken when it
    /// is registered and again only when its currency changes, so history does not shift when rates change later.
    /// Null only for rows that predate conversion (and demo rows in a currency without a rate).
    /// </summary>
    public decimal? RateToBase { get; set; }

    /// <summary>The tenant's base currency the rate converts to.</summary>
    public string? BaseCurrency { get; set; }

    /// <summary><see cref="Amount"/> × <see cref="RateToBase"/>, rounded to cents (half away from zero), scaled like the amount for sums in SQL.</summary>
    public long? AmountInBaseScaled { get; set; }

    public decimal? AmountInBase => AmountInBaseScaled is { } scaled ? scaled / AmountScale : null;

    /// <summary>Sets the rate (or clears it when <paramref name="rate"/> is null) and recomputes the base amount from it.</summary>
    public void ConvertAt(decimal? rate, string? baseCurrency)
    {
        RateToBase = rate;
        BaseCurrency = rate is null ? null : baseCurrency;
        AmountInBaseScaled = rate is { } r ? (long)(decimal.Round(Amount * r, 2, MidpointRounding.AwayFromZero) * AmountScale) : null;
    }

    public DateOnly? ExpectedCloseDate { get; set; }

    public Guid StageId { get; set; }

    public DateTimeOffset StageEnteredAt { get; set; }

    public int Probability { get; set; }

    public string? Source { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public OpportunityStatus Status { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? CloseReason { get; set; }
}

/// <summary>One move of an opportunity from a stage to another (stage history).</summary>
internal sealed class StageChange : TenantEntity
{
    public Guid OpportunityId { get; set; }

    public Guid? FromStageId { get; set; }

    public Guid ToStageId { get; set; }

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = string.Empty;
}

/// <summary>One change of an opportunity's owner (assignment history).</summary>
internal sealed class Assignment : TenantEntity
{
    public Guid OpportunityId { get; set; }

    public string? FromOwnerId { get; set; }

    public string ToOwnerId { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = string.Empty;

    public string? Reason { get; set; }
}

/// <summary>An entry of an opportunity's follow-up log; a next date makes it a reminder for the owner.</summary>
internal sealed class FollowUp : TenantEntity
{
    public Guid OpportunityId { get; set; }

    public string Note { get; set; } = string.Empty;

    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = string.Empty;

    public DateTimeOffset? NextFollowUpAt { get; set; }

    public DateTimeOffset? DoneAt { get; set; }
}
