using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.AddContact;

internal static class AddContactField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<AddContactHandler, AddContactInput>("addContact", new AddContactInputGraphType(), payloads.Contact, "Adds a contact to a customer.",
            async (handler, input, ct) =>
            {
                var (contact, customer) = await handler.HandleAsync(input, ct);
                return new Dictionary<string, object?> { ["contact"] = contact, ["customer"] = customer };
            });
}
