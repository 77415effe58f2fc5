using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.CreateCustomer;

internal static class CreateCustomerField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<CreateCustomerHandler, CreateCustomerInput>("createCustomer",
            new CreateCustomerInputGraphType().WithFieldType("address", payloads.Address), payloads.Customer,
            "Creates a customer with its contacts; you own it unless ownerId says otherwise.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["customer"] = await handler.HandleAsync(input, ct) });
}
