using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.ListSalesReps;

/// <summary>The reps within the user's scope, filtered, sorted and paged.</summary>
internal static class ListSalesRepsField
{
    private static readonly QuerySpec<SalesRep> Spec = new QuerySpec<SalesRep>("SalesRep", r => r.Id)
        .Field("userId", r => r.OwnerId)
        .Field("name", r => r.Name)
        .Field("territory", r => r.Territory)
        .Field("managerUserId", r => r.ManagerUserId)
        .Field("teamId", r => r.TeamId, sort: false)
        .Field("capacity", r => r.Capacity)
        .Field("createdAt", r => r.CreatedAt);

    public static void Register(ISchemaSlice slice) =>
        slice.AddQueryField(Fields.Create("salesReps", new NonNullGraphType(ConnectionTypes.For(slice, "SalesRep")), async ctx =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            var query = db.Reps.AsQueryable();
            if (!ctx.GetArgument<bool>("includeInactive"))
            {
                query = query.Where(r => r.DeactivatedAt == null);
            }

            return await Spec.ToConnectionAsync(query, ctx, q => q.OrderBy(r => r.Name));
        }, "Sales reps within your scope (yourself, your team subtree, or everyone for admins).",
            Spec.Arguments(slice, new QueryArgument(new BooleanGraphType()) { Name = "includeInactive", DefaultValue = false })));
}
