using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

/// <summary>An opportunity was won; <paramref name="AmountInBase"/> is its amount in <paramref name="BaseCurrency"/> at the rate of its registration day (null
/// only for unconverted old rows).</summary>
public sealed record OpportunityWon(Guid OpportunityId, Guid CustomerId, string OwnerId, decimal Amount, string Currency, DateTimeOffset WonAt,
    decimal? AmountInBase = null, string? BaseCurrency = null) : IIntegrationEvent;
