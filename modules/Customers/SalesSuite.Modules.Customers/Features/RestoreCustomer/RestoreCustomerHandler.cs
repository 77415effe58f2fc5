using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.RestoreCustomer;

internal sealed class RestoreCustomerHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<Customer> HandleAsync(RestoreCustomerInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await db.LoadCustomerAsync(GlobalId.Decode(input.Id, "Customer", "id"), ct);
        db.ExpectVersion(customer, input.Version);
        customer.Restore();
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }
}
