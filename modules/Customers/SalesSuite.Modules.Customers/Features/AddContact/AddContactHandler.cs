using Mapster;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.AddContact;

internal sealed class AddContactHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<(Contact Contact, Customer Customer)> HandleAsync(AddContactInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customer = await db.LoadCustomerAsync(GlobalId.Decode(input.CustomerId, "Customer", "customerId"), ct, withContacts: true);
        customer.EnsureRoomForContact();
        var validator = new Validator();
        var edit = input.Adapt<ContactEdit>(CustomersMapping.Config);
        edit.Check(validator, "", creating: true);
        validator.ThrowIfInvalid();
        var contact = new Contact();
        edit.ApplyTo(contact);
        db.Contacts.Add(customer.AddContact(contact, edit.AsksPrimary() ?? false));
        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return (contact, customer);
    }
}
