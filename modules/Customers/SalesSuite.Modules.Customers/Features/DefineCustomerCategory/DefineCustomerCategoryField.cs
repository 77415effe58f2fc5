using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerCategory;

internal static class DefineCustomerCategoryField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DefineCustomerCategoryHandler, DefineCustomerCategoryInput>("defineCustomerCategory", new DefineCustomerCategoryInputGraphType(),
            SchemaBuilders.Payload("CustomerCategoryPayload", ("category", "CustomerCategory")), "Creates or renames a customer category of your tenant.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["category"] = await handler.HandleAsync(input, ct) });
}
