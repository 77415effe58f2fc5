using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.MoveSalesRep;

internal static class MoveSalesRepField
{
    public static void Register(ISchemaSlice slice, IGraphType payload) =>
        slice.AddMutation<MoveSalesRepHandler, MoveSalesRepInput>("moveSalesRep", new MoveSalesRepInputGraphType(), payload,
            "Moves a rep in the manager tree or to another team; managers' scopes change at once.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["salesRep"] = await handler.HandleAsync(input, ct) });
}
