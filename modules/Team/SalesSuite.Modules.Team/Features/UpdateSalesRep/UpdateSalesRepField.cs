using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.UpdateSalesRep;

internal static class UpdateSalesRepField
{
    public static void Register(ISchemaSlice slice, IGraphType payload) =>
        slice.AddMutation<UpdateSalesRepHandler, UpdateSalesRepInput>("updateSalesRep", new UpdateSalesRepInputGraphType(), payload,
            "Changes a rep's profile, territory or capacity.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["salesRep"] = await handler.HandleAsync(input, ct) });
}
