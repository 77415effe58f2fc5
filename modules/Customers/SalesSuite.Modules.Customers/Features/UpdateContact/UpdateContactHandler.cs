using Mapster;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.UpdateContact;

internal sealed class UpdateContactHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<(Contact Contact, Customer Customer)> HandleAsync(UpdateContactInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var contactId = GlobalId.Decode(input.Id, "Contact", "id");
        var customer = await db.LoadCustomerOfContactAsync(contactId, InputValues.Clean(input.Id)!, ct);
        var contact = customer.ContactOf(contactId);
        var validator = new Validator();
        var edit = input.Adapt<ContactEdit>(CustomersMapping.Config);
        edit.Check(validator, "", creating: false);
        validator.ThrowIfInvalid();
        edit.ApplyTo(contact);
        if (edit.AsksPrimary() is { } isPrimary)
        {
            customer.SetPrimary(contact.Id, isPrimary);
        }

        db.Touch(customer);
        await db.SaveChangesAsync(ct);
        return (contact, customer);
    }
}
