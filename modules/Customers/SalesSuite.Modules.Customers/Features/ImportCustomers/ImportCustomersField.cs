using SalesSuite.Modules.Customers.Api;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.ImportCustomers;

internal static class ImportCustomersField
{
    public static void Register(ISchemaSlice slice, CustomerPayloads payloads) =>
        slice.AddMutation<ImportCustomersHandler, ImportCustomersInput>("importCustomers",
            new ImportCustomersInputGraphType().WithFieldType("file", UploadGraphType.In(slice)), payloads.Import,
            "Imports customers with contacts from a CSV file sent as a multipart request: duplicates (same contact email, or same name and contact phone) " +
            "are merged, invalid rows refused with reasons; all rows in one transaction, or none.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["import"] = await handler.HandleAsync(input, ct) });
}
