using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.RemoveContact;

internal static class RemoveContactField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<RemoveContactHandler, RemoveContactInput>("removeContact", new RemoveContactInputGraphType(), payloads.Customer,
            "Removes a contact from its customer.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["customer"] = await handler.HandleAsync(input, ct) });
}
