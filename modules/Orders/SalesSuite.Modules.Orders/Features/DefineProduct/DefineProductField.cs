using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Orders.Features.DefineProduct;

internal static class DefineProductField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DefineProductHandler, DefineProductInput>("defineProduct", new DefineProductInputGraphType(),
            SchemaBuilders.Payload("ProductPayload", ("product", "Product")), "Adds or changes a catalog product.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["product"] = await handler.HandleAsync(input, ct) });
}
