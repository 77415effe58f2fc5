using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.CreateSalesRep;

internal static class CreateSalesRepField
{
    public static void Register(ISchemaSlice slice, IGraphType payload) =>
        slice.AddMutation<CreateSalesRepHandler, CreateSalesRepInput>("createSalesRep", new CreateSalesRepInputGraphType(), payload,
            "Adds a user of the tenant as a sales rep.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["salesRep"] = await handler.HandleAsync(input, ct) });
}
