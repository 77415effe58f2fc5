using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.DeactivateSalesRep;

internal static class DeactivateSalesRepField
{
    public static void Register(ISchemaSlice slice, IGraphType payload) =>
        slice.AddMutation<DeactivateSalesRepHandler, DeactivateSalesRepInput>("deactivateSalesRep", new DeactivateSalesRepInputGraphType(), payload,
            "Deactivates a rep who leaves; their records stay until reassigned.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["salesRep"] = await handler.HandleAsync(input, ct) });
}
