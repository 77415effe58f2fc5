using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.RestoreCustomer;

internal static class RestoreCustomerField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<RestoreCustomerHandler, RestoreCustomerInput>("restoreCustomer", new RestoreCustomerInputGraphType(), payloads.Customer,
            "Brings an archived customer back.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["customer"] = await handler.HandleAsync(input, ct) });
}
