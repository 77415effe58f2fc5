using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerLevel;

internal static class DefineCustomerLevelField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<DefineCustomerLevelHandler, DefineCustomerLevelInput>("defineCustomerLevel", new DefineCustomerLevelInputGraphType(),
            SchemaBuilders.Payload("CustomerLevelPayload", ("level", "CustomerLevel")), "Creates or renames a customer level of your tenant.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["level"] = await handler.HandleAsync(input, ct) });
}
