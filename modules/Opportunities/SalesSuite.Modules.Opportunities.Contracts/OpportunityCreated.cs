using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Opportunities.Contracts;

public sealed record OpportunityCreated(Guid OpportunityId, Guid CustomerId, string OwnerId, DateTimeOffset CreatedAt) : IIntegrationEvent;
