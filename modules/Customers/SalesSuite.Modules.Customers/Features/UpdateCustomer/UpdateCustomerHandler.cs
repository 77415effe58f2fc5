using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.UpdateCustomer;

internal sealed class UpdateCustomerHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<Customer> HandleAsync(UpdateCustomerInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await db.LoadCustomerAsync(GlobalId.Decode(input.Id, "Customer", "id"), ct);
        db.ExpectVersion(customer, input.Version);
        var details = UpdateCustomerValidator.Check(input, await db.LoadClassificationsAsync(ct));
        customer.Edit(details);
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }
}
