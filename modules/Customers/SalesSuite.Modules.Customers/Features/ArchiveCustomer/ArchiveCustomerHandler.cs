using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ArchiveCustomer;

internal sealed class ArchiveCustomerHandler(ModuleDbContextFactory<CustomersDbContext> contexts, TimeProvider clock)
{
    public async Task<Customer> HandleAsync(ArchiveCustomerInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await db.LoadCustomerAsync(GlobalId.Decode(input.Id, "Customer", "id"), ct);
        db.ExpectVersion(customer, input.Version);
        customer.Archive(clock.GetUtcNow());
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }
}
