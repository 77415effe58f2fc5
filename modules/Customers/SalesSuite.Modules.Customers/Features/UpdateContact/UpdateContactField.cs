using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.UpdateContact;

internal static class UpdateContactField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<UpdateContactHandler, UpdateContactInput>("updateContact", new UpdateContactInputGraphType(), payloads.Contact, "Changes a contact.",
            async (handler, input, ct) =>
            {
                var (contact, customer) = await handler.HandleAsync(input, ct);
                return new Dictionary<string, object?> { ["contact"] = contact, ["customer"] = customer };
            });
}
