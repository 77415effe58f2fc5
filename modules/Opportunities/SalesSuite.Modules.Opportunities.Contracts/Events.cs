using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

public sealed record OpportunityCreated(Guid OpportunityId, Guid CustomerId, string OwnerId, DateTimeOffset CreatedAt) : IIntegrationEvent;

public sealed record OpportunityWon(Guid OpportunityId, Guid CustomerId, string OwnerId, decimal Amount, string Currency, DateTimeOffset WonAt) : IIntegrationEvent;

public sealed record OpportunityLost(Guid OpportunityId, Guid CustomerId, string OwnerId, string Reason, DateTimeOffset LostAt) : IIntegrationEvent;
