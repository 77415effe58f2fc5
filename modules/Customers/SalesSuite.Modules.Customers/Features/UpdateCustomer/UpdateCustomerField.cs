using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.UpdateCustomer;

internal static class UpdateCustomerField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<UpdateCustomerHandler, UpdateCustomerInput>("updateCustomer",
            new UpdateCustomerInputGraphType().WithFieldType("address", payloads.Address), payloads.Customer,
            "Changes a customer; send version to refuse the change if someone else changed it first (CONFLICT).",
            async (handler, input, ct) => new Dictionary<string, object?> { ["customer"] = await handler.HandleAsync(input, ct) });
}
