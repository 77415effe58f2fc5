using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.RevertCustomerImport;

internal static class RevertCustomerImportField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<RevertCustomerImportHandler, RevertCustomerImportInput>("revertCustomerImport",
            new RevertCustomerImportInputGraphType(), payloads.Import,
            "Undoes a whole import: deletes the customers it created, removes the contacts, tags and field values it added to others. " +
            "CONFLICT when any of them changed since.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["import"] = await handler.HandleAsync(input, ct) });
}
