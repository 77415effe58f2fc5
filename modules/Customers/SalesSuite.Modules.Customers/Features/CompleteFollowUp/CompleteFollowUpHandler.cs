using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.CompleteFollowUp;

internal sealed class CompleteFollowUpHandler(ModuleDbContextFactory<CustomersDbContext> contexts, TimeProvider clock)
{
    public async Task<Interaction> HandleAsync(CompleteFollowUpInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var id = GlobalId.Decode(input.Id, "Interaction", "id");
        var interaction = await db.Interactions.AsTracking().FirstOrDefaultAsync(i => i.Id == id, ct)
            ?? throw AppException.NotFound("Interaction", InputValues.Clean(input.Id)!);
        if (interaction.NextFollowUpAt is null)
        {
            throw AppException.Invalid("id", "has no follow-up to complete.");
        }

        interaction.FollowUpDoneAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return interaction;
    }
}
