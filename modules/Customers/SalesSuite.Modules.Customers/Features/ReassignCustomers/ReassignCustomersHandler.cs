using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Features.ReassignCustomers;

/// <summary>Moves every customer of one owner (within your scope) to another, e.g. when a rep leaves; saving refuses an owner outside your scope.</summary>
internal sealed class ReassignCustomersHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<int> HandleAsync(ReassignCustomersInput input, CancellationToken ct)
    {
        ReassignCustomersValidator.Check(input);
        await using var db = contexts.Create();
        var customers = await db.Customers.AsTracking().Where(c => c.OwnerId == input.FromOwnerId).ToListAsync(ct);
        foreach (var customer in customers)
        {
            customer.AssignTo(input.ToOwnerId!);
            db.Touch(customer);
        }

        await db.SaveChangesAsync(ct);
        return customers.Count;
    }
}
