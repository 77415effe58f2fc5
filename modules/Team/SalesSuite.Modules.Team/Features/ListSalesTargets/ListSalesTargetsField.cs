using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.ListSalesTargets;

/// <summary>The targets the user may see (<see cref="TargetStore.VisibleTargets"/>), by period, rep or team.</summary>
internal static class ListSalesTargetsField
{
    private static readonly QuerySpec<SalesTarget> Spec = new QuerySpec<SalesTarget>("SalesTarget", t => t.Id)
        .Field("userId", t => t.RepUserId)
        .Field("year", t => t.Year)
        .Field("updatedAt", t => t.UpdatedAt);

    public static void Register(ISchemaSlice slice, SalesPeriodInputGraphType period) =>
        slice.AddQueryField(Fields.Create("salesTargets", new NonNullGraphType(ConnectionTypes.For(slice, "SalesTarget")), async ctx =>
        {
            var validator = new Validator();
            SalesPeriod? wanted = ctx.GetArgument<SalesPeriodInput?>("period") is { } p ? SalesPeriodInput.Check(p, "period", validator) : null;
            validator.ThrowIfInvalid();
            await using var db = ctx.Db<TeamDbContext>();
            var query = db.VisibleTargets(ctx.RequestServices!.GetRequiredService<ICurrentAccess>().Grant);
            if (wanted is { } w)
            {
                query = query.Where(t => t.Year == w.Year && t.PeriodKind == w.Kind && t.PeriodNumber == w.Number);
            }

            if (ctx.GetArgument<string?>("userId") is { } userId)
            {
                query = query.Where(t => t.RepUserId == userId);
            }

            if (ctx.GetArgument<string?>("teamId") is { } team)
            {
                var teamId = GlobalId.Decode(team, "Team", "teamId");
                query = query.Where(t => t.TeamId == teamId);
            }

            return await Spec.ToConnectionAsync(query, ctx,
                q => q.OrderByDescending(t => t.Year).ThenBy(t => t.PeriodKind).ThenByDescending(t => t.PeriodNumber).ThenBy(t => t.SubjectKey));
        }, "Targets you may see: those of the reps in your scope and of the teams with a member in your scope.",
            Spec.Arguments(slice,
                new QueryArgument(period) { Name = "period" },
                new QueryArgument(new StringGraphType()) { Name = "userId" },
                new QueryArgument(new IdGraphType()) { Name = "teamId" })));
}
