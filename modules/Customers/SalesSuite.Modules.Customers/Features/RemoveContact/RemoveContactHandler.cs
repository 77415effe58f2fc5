using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.RemoveContact;

internal sealed class RemoveContactHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<Customer> HandleAsync(RemoveContactInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var contactId = GlobalId.Decode(input.Id, "Contact", "id");
        var customer = await db.LoadCustomerOfContactAsync(contactId, InputValues.Clean(input.Id)!, ct);
        db.Contacts.Remove(customer.RemoveContact(contactId));
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return customer;
    }
}
