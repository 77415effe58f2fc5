using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Customers.Features.LogInteraction;

internal sealed class LogInteractionHandler(ModuleDbContextFactory<CustomersDbContext> contexts, ICurrentUser user, TimeProvider clock)
{
    public async Task<Interaction> HandleAsync(LogInteractionInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await db.LoadCustomerAsync(GlobalId.Decode(input.CustomerId, "Customer", "customerId"), ct);
        var occurredAt = LogInteractionValidator.Check(input, clock.GetUtcNow());
        var interaction = new Interaction
        {
            CustomerId = customer.Id,
            Kind = input.Kind,
            Subject = input.Subject!,
            Notes = input.Notes,
            OccurredAt = occurredAt,
            CreatedBy = user.UserIdOrThrow,
            NextFollowUpAt = input.NextFollowUpAt,
        };
        db.Interactions.Add(interaction);
        await db.SaveChangesAsync(ct);
        return interaction;
    }
}
