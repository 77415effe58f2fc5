using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

public sealed record OpportunityLost(Guid OpportunityId, Guid CustomerId, string OwnerId, string Reason, DateTimeOffset LostAt) : IIntegrationEvent;
