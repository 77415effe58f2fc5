using GraphQL.Types;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.ListTeams;

internal static class ListTeamsField
{
    private static readonly QuerySpec<SalesTeam> Spec = new QuerySpec<SalesTeam>("Team", t => t.Id)
        .Field("name", t => t.Name)
        .Field("description", t => t.Description);

    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create("teams", new NonNullGraphType(ConnectionTypes.For(slice, "Team")), async ctx =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await Spec.ToConnectionAsync(db.Teams, ctx, q => q.OrderBy(t => t.Name));
        }, "Your tenant's sales teams, filtered, sorted and paged (by name by default).", Spec.Arguments(slice)));
}
