using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Team.Api;

internal sealed class SalesPeriodGraphType : ObjectGraphType<SalesPeriod>
{
    public SalesPeriodGraphType()
    {
        Name = "SalesPeriod";
        Description = "A calendar month or quarter of a year, in the tenant's time zone.";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(ctx => ctx.Source.Year);
        Field<IntGraphType>("month").Resolve(ctx => ctx.Source.Kind == PeriodKind.Month ? ctx.Source.Number : null);
        Field<IntGraphType>("quarter").Resolve(ctx => ctx.Source.Kind == PeriodKind.Quarter ? ctx.Source.Number : null);
        Field<NonNullGraphType<StringGraphType>>("key").Description("2026-11 or 2026-Q4.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("from").Description("The first instant of the period.").Resolve(ctx => ctx.Source.Start(Tenant(ctx)));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("to").Description("The first instant after the period.").Resolve(ctx => ctx.Source.End(Tenant(ctx)));
    }

    private static TenantInfo Tenant(IResolveFieldContext context) => context.RequestServices!.GetRequiredService<ITenantContext>().Tenant;
}

internal sealed class SalesTargetGraphType : ObjectGraphType<SalesTarget>
{
    public SalesTargetGraphType()
    {
        Name = "SalesTarget";
        Description = "A rep's or a team's target (quota) for a month or a quarter, in the tenant's base currency.";
        Interface<NodeGraphType>();
        IsTypeOf = o => o is SalesTarget;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => GlobalId.Encode("SalesTarget", ctx.Source.Id));
        Field<StringGraphType>("userId").Description("The rep, for a rep's target.").Resolve(ctx => ctx.Source.RepUserId);
        Field<GraphQLTypeReference>("rep").Type(new GraphQLTypeReference("SalesRep"))
            .Resolve(ctx => ctx.Source.RepUserId is { } id ? TeamSchema.RepsByUser(ctx).Load(id) : null);
        Field<IdGraphType>("teamId").Description("The team, for a team's target.").Resolve(ctx => ctx.Source.TeamId is { } id ? GlobalId.Encode("Team", id) : null);
        Field<GraphQLTypeReference>("team").Type(new GraphQLTypeReference("Team"))
            .Resolve(ctx => ctx.Source.TeamId is { } id ? TeamSchema.TeamsById(ctx).Load(id) : null);
        Field<NonNullGraphType<SalesPeriodGraphType>>("period").Resolve(ctx => ctx.Source.Period);
        Field<NonNullGraphType<DecimalGraphType>>("amount").Description("In baseCurrency.").Resolve(ctx => ctx.Source.Amount).FieldType.NotDerived();
        Field(x => x.BaseCurrency);
        Field(x => x.SetBy).Description("Who set it last.");
        Field(x => x.UpdatedAt);
        Field(x => x.Version);
    }
}

/// <summary>Targets and the performance appraisal; the rules are on <see cref="TargetCommands"/> and <see cref="AppraisalService"/>.</summary>
internal static class PerformanceSchema
{
    private static readonly QuerySpec<SalesTarget> TargetSpec = new QuerySpec<SalesTarget>("SalesTarget", t => t.Id)
        .Field("userId", t => t.RepUserId)
        .Field("year", t => t.Year)
        .Field("updatedAt", t => t.UpdatedAt);

    public static void Build(ISchemaSlice slice)
    {
        slice.AddType<SalesPeriodGraphType>();
        slice.AddType<SalesTargetGraphType>();
        var periodInput = SchemaBuilders.Input("SalesPeriodInput", "A month ({ year, month }) or a quarter ({ year, quarter }) of a year.",
            ("year", new NonNullGraphType(new IntGraphType())), ("month", new IntGraphType()), ("quarter", new IntGraphType()));
        slice.AddType(periodInput);

        slice.AddMutation<TargetCommands>("setSalesTarget", SchemaBuilders.Input("SetSalesTargetInput",
                "A rep's (userId) or a team's (teamId) target for a period, in the base currency; setting it again updates it (pass version to guard against a concurrent change).",
                ("userId", new StringGraphType()), ("teamId", new IdGraphType()), ("period", new NonNullGraphType(periodInput)), ("amount", new NonNullGraphType(new DecimalGraphType())),
                ("version", new LongGraphType())).Describe(("amount", "In the tenant's base currency.")),
            SchemaBuilders.Payload("SalesTargetPayload", ("salesTarget", "SalesTarget")),
            "Sets a target (TEAM4): managers for the reps below them and for teams wholly in their scope, admins for anyone; never one's own (except admins).",
            (c, i, ct) => SchemaBuilders.Payload("salesTarget", c.SetAsync(i, ct))).RequirePermission(PermissionNames.TeamTargets);
        slice.AddMutation<TargetCommands>("removeSalesTarget", SchemaBuilders.Input("RemoveSalesTargetInput", "The target to remove.",
                ("id", new NonNullGraphType(new IdGraphType())), ("version", new LongGraphType())),
            SchemaBuilders.Payload("RemoveSalesTargetPayload", ("salesTarget", "SalesTarget")),
            "Removes a target; the same people who may set it may remove it. Returns it as it was.",
            (c, i, ct) => SchemaBuilders.Payload("salesTarget", c.RemoveAsync(i, ct))).RequirePermission(PermissionNames.TeamTargets);

        slice.AddQueryField(Fields.Create("salesTargets", new NonNullGraphType(ConnectionTypes.For(slice, "SalesTarget")), async ctx =>
        {
            var validator = new Validator();
            SalesPeriod? period = ctx.HasArgument("period") && ctx.GetArgument<Dictionary<string, object?>>("period") is { } p
                ? SalesPeriod.Read(new InputReader(p, "period"), "period", validator)
                : null;
            validator.ThrowIfInvalid();
            await using var db = ctx.Db<TeamDbContext>();
            var query = Visible(db, ctx);
            if (period is { } wanted)
            {
                query = query.Where(t => t.Year == wanted.Year && t.PeriodKind == wanted.Kind && t.PeriodNumber == wanted.Number);
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

            return await TargetSpec.ToConnectionAsync(query, ctx,
                q => q.OrderByDescending(t => t.Year).ThenBy(t => t.PeriodKind).ThenByDescending(t => t.PeriodNumber).ThenBy(t => t.SubjectKey));
        }, "Targets you may see: those of the reps in your scope and of the teams with a member in your scope.",
            TargetSpec.Arguments(slice,
                new QueryArgument(periodInput) { Name = "period" },
                new QueryArgument(new StringGraphType()) { Name = "userId" },
                new QueryArgument(new IdGraphType()) { Name = "teamId" })));

        slice.AddQueryField(Fields.CreateWith<AppraisalService>("appraisal", new NonNullGraphType(AppraisalType()), async (ctx, appraisals) =>
        {
            var validator = new Validator();
            var period = SalesPeriod.Read(new InputReader(ctx.GetArgument<Dictionary<string, object?>>("period") ?? [], "period"), "period", validator);
            validator.ThrowIfInvalid();
            var shownTeamId = ctx.GetArgument<string?>("teamId");
            var teamId = shownTeamId is null ? (Guid?)null : GlobalId.Decode(shownTeamId, "Team", "teamId");
            return await appraisals.AppraiseAsync(period, teamId, shownTeamId, ctx.CancellationToken);
        }, "Performance appraisal of a team for a month or quarter (default: your own team): per rep target, won and paid amounts in the base currency, "
           + "attainment (paid revenue / target), KPIs, score and rank in the team. You see the lines your scope covers; the formula is in docs/architecture.md.",
            new QueryArguments(
                new QueryArgument(new NonNullGraphType(periodInput)) { Name = "period" },
                new QueryArgument(new IdGraphType()) { Name = "teamId" })));

        slice.AddNodeResolver("SalesTarget", async (ctx, id) =>
        {
            await using var db = ctx.Db<TeamDbContext>();
            return await Visible(db, ctx).FirstOrDefaultAsync(t => t.Id == id, ctx.CancellationToken);
        });
    }

    /// <summary>Rep targets of reps in the user's scope and team targets of teams with a member in it (the Reps set applies the scope in SQL).</summary>
    private static IQueryable<SalesTarget> Visible(TeamDbContext db, IResolveFieldContext ctx)
    {
        var grant = ctx.RequestServices!.GetRequiredService<ICurrentAccess>().Grant;
        return grant is { AllOwners: true }
            ? db.Targets
            : db.Targets.Where(t => (t.RepUserId != null && db.Reps.Any(r => r.OwnerId == t.RepUserId)) || (t.TeamId != null && db.Reps.Any(r => r.TeamId == t.TeamId)));
    }

    private static ObjectGraphType AppraisalType()
    {
        var line = new ObjectGraphType { Name = "RepAppraisal", Description = "One rep's results for the period; amounts in the base currency." };
        line.AddField(Fields.Read("rep", new NonNullGraphType(new GraphQLTypeReference("SalesRep")), s => ((RepAppraisal)s).Rep));
        line.AddField(Fields.Read("target", new DecimalGraphType(), s => ((RepAppraisal)s).Target, "The rep's target for exactly this period; null when none is set.").NotDerived());
        line.AddField(Fields.Read("won", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).Won, "Opportunities won in the period."));
        line.AddField(Fields.Read("lost", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).Lost, "Opportunities lost in the period."));
        line.AddField(Fields.Read("wonAmountInBase", new DecimalGraphType(), s => ((RepAppraisal)s).WonInBase,
            "Amounts of the opportunities won in the period, each at its own kept rate; shown alongside, not counted in attainment.").DerivedFrom("Opportunity.amount"));
        line.AddField(Fields.Read("wonUnconverted", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).WonUnconverted, "Won opportunities without a base amount, left out of wonAmountInBase."));
        line.AddField(Fields.Read("paidOrders", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).PaidOrders, "Orders that became fully paid in the period."));
        line.AddField(Fields.Read("paidRevenueInBase", new DecimalGraphType(), s => ((RepAppraisal)s).PaidRevenueInBase,
            "Totals of those orders, each at its confirmation rate: the measure that counts against the target.").DerivedFrom("Order.total"));
        line.AddField(Fields.Read("attainment", new DecimalGraphType(), s => ((RepAppraisal)s).Attainment, "paidRevenueInBase / target (1 = 100%); null without a positive target.").DerivedFrom("Order.total"));
        line.AddField(Fields.Read("callsLogged", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).CallsLogged, "Call interactions the rep logged that took place in the period."));
        line.AddField(Fields.Read("followUpsDue", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).FollowUpsDue,
            "Follow-ups on the rep's customers and opportunities due in the period (up to now)."));
        line.AddField(Fields.Read("followUpsOnTime", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).FollowUpsOnTime, "Of those, the ones done by their due time."));
        line.AddField(Fields.Read("followUpRate", new DecimalGraphType(), s => ((RepAppraisal)s).FollowUpRate, "followUpsOnTime / followUpsDue; null when none was due.").NotDerived());
        line.AddField(Fields.Read("winRate", new DecimalGraphType(), s => ((RepAppraisal)s).WinRate, "won / (won + lost); null when none closed.").NotDerived());
        line.AddField(Fields.Read("score", new DecimalGraphType(), s => ((RepAppraisal)s).Score,
            "0-100: weighted mean of the defined KPIs: attainment capped at 100% (50), win rate (20), follow-up rate (15), calls / the team's most calls (15).")
            .DerivedFrom("Order.total"));
        line.AddField(Fields.Read("rank", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).Rank,
            "Place in the whole team by score, 1 = best; equal scores share a rank (1, 1, 3)."));

        var totals = new ObjectGraphType { Name = "TeamAppraisalTotals", Description = "The team's line: its own target against the sums of its members." };
        totals.AddField(Fields.Read("target", new DecimalGraphType(), s => ((TeamTotals)s).Target, "The team's own target for the period; null when none is set.").NotDerived());
        totals.AddField(Fields.Read("repTargets", new NonNullGraphType(new DecimalGraphType()), s => ((TeamTotals)s).RepTargets, "The sum of the members' targets.").NotDerived());
        totals.AddField(Fields.Read("wonAmountInBase", new DecimalGraphType(), s => ((TeamTotals)s).WonInBase).DerivedFrom("Opportunity.amount"));
        totals.AddField(Fields.Read("paidRevenueInBase", new DecimalGraphType(), s => ((TeamTotals)s).PaidRevenueInBase).DerivedFrom("Order.total"));
        totals.AddField(Fields.Read("attainment", new DecimalGraphType(), s => ((TeamTotals)s).Attainment, "paidRevenueInBase / target; null without a positive team target.").DerivedFrom("Order.total"));

        var appraisal = new ObjectGraphType { Name = "TeamAppraisal" };
        appraisal.AddField(Fields.Read("period", new NonNullGraphType(new GraphQLTypeReference("SalesPeriod")), s => ((TeamAppraisal)s).Period));
        appraisal.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((TeamAppraisal)s).BaseCurrency));
        appraisal.AddField(Fields.Read("team", new NonNullGraphType(new GraphQLTypeReference("Team")), s => ((TeamAppraisal)s).Team));
        appraisal.AddField(Fields.Read("members", new NonNullGraphType(new IntGraphType()), s => ((TeamAppraisal)s).Members, "Active members of the team, all of whom are ranked."));
        appraisal.AddField(Fields.Read("reps", new NonNullGraphType(new ListGraphType(new NonNullGraphType(line))), s => ((TeamAppraisal)s).Reps,
            "The lines your scope covers, best rank first."));
        appraisal.AddField(Fields.Read("totals", totals, s => ((TeamAppraisal)s).Totals, "The team's line; null unless your scope covers every member."));
        return appraisal;
    }
}
