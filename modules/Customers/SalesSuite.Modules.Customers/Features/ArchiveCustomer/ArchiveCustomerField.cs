using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.ArchiveCustomer;

internal static class ArchiveCustomerField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<ArchiveCustomerHandler, ArchiveCustomerInput>("archiveCustomer", new ArchiveCustomerInputGraphType(), payloads.Customer,
            "Archives a customer: it leaves the lists but keeps all its data.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["customer"] = await handler.HandleAsync(input, ct) });
}
