using GraphQL;
using GraphQL.Types;
using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Team.Features.GetAppraisal;

/// <summary><c>appraisal</c>: a team's performance for a period (<see cref="AppraisalService"/>) and the types of its answer.</summary>
internal static class GetAppraisalField
{
    public static void Register(ISchemaSlice slice, SalesPeriodInputGraphType period) =>
        slice.AddQueryField(Fields.CreateWith<AppraisalService>("appraisal", new NonNullGraphType(AppraisalType()), async (ctx, appraisals) =>
        {
            var validator = new Validator();
            var wanted = SalesPeriodInput.Check(ctx.GetArgument<SalesPeriodInput?>("period") ?? new SalesPeriodInput(), "period", validator);
            validator.ThrowIfInvalid();
            var shownTeamId = ctx.GetArgument<string?>("teamId");
            var teamId = shownTeamId is null ? (Guid?)null : GlobalId.Decode(shownTeamId, "Team", "teamId");
            return await appraisals.AppraiseAsync(wanted, teamId, shownTeamId, ctx.CancellationToken);
        }, "Performance appraisal of a team for a month or quarter (default: your own team): per rep target, won and paid amounts in the base currency, "
           + "attainment (paid revenue / target), KPIs, score and rank in the team. You see the lines your scope covers; the formula is in " +
               "docs/architecture.md.",
            new QueryArguments(
                new QueryArgument(new NonNullGraphType(period)) { Name = "period" },
                new QueryArgument(new IdGraphType()) { Name = "teamId" })));

    private static ObjectGraphType AppraisalType()
    {
        var line = new ObjectGraphType { Name = "RepAppraisal", Description = "One rep's results for the period; amounts in the base currency." };
        line.AddField(Fields.Read("rep", new NonNullGraphType(new GraphQLTypeReference("SalesRep")), s => ((RepAppraisal)s).Rep));
        line.AddField(Fields.Read("target", new DecimalGraphType(), s => ((RepAppraisal)s).Target,
            "The rep's target for exactly this period; null when none is set.").NotDerived());
        line.AddField(Fields.Read("won", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).Won, "Opportunities won in the period."));
        line.AddField(Fields.Read("lost", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).Lost, "Opportunities lost in the period."));
        line.AddField(Fields.Read("wonAmountInBase", new DecimalGraphType(), s => ((RepAppraisal)s).WonInBase,
            "Amounts of the opportunities won in the period, each at its own kept rate; shown alongside, not counted in attainment.")
                .DerivedFrom("Opportunity.amount"));
        line.AddField(Fields.Read("wonUnconverted", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).WonUnconverted,
            "Won opportunities without a base amount, left out of wonAmountInBase."));
        line.AddField(Fields.Read("paidOrders", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).PaidOrders,
            "Orders that became fully paid in the period."));
        line.AddField(Fields.Read("paidRevenueInBase", new DecimalGraphType(), s => ((RepAppraisal)s).PaidRevenueInBase,
            "Totals of those orders, each at its confirmation rate: the measure that counts against the target.").DerivedFrom("Order.total"));
        line.AddField(Fields.Read("attainment", new DecimalGraphType(), s => ((RepAppraisal)s).Attainment,
            "paidRevenueInBase / target (1 = 100%); null without a positive target.").DerivedFrom("Order.total"));
        line.AddField(Fields.Read("callsLogged", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).CallsLogged,
            "Call interactions the rep logged that took place in the period."));
        line.AddField(Fields.Read("followUpsDue", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).FollowUpsDue,
            "Follow-ups on the rep's customers and opportunities due in the period (up to now)."));
        line.AddField(Fields.Read("followUpsOnTime", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).FollowUpsOnTime,
            "Of those, the ones done by their due time."));
        line.AddField(Fields.Read("followUpRate", new DecimalGraphType(), s => ((RepAppraisal)s).FollowUpRate,
            "followUpsOnTime / followUpsDue; null when none was due.").NotDerived());
        line.AddField(Fields.Read("winRate", new DecimalGraphType(), s => ((RepAppraisal)s).WinRate, "won / (won + lost); null when none closed.")
            .NotDerived());
        line.AddField(Fields.Read("score", new DecimalGraphType(), s => ((RepAppraisal)s).Score,
            "0-100: weighted mean of the defined KPIs: attainment capped at 100% (50), win rate (20), follow-up rate (15), calls / the team's most calls (15).")
            .DerivedFrom("Order.total"));
        line.AddField(Fields.Read("rank", new NonNullGraphType(new IntGraphType()), s => ((RepAppraisal)s).Rank,
            "Place in the whole team by score, 1 = best; equal scores share a rank (1, 1, 3)."));

        var totals = new ObjectGraphType { Name = "TeamAppraisalTotals", Description = "The team's line: its own target against the sums of its members." };
        totals.AddField(Fields.Read("target", new DecimalGraphType(), s => ((TeamTotals)s).Target,
            "The team's own target for the period; null when none is set.").NotDerived());
        totals.AddField(Fields.Read("repTargets", new NonNullGraphType(new DecimalGraphType()), s => ((TeamTotals)s).RepTargets,
            "The sum of the members' targets.").NotDerived());
        totals.AddField(Fields.Read("wonAmountInBase", new DecimalGraphType(), s => ((TeamTotals)s).WonInBase).DerivedFrom("Opportunity.amount"));
        totals.AddField(Fields.Read("paidRevenueInBase", new DecimalGraphType(), s => ((TeamTotals)s).PaidRevenueInBase).DerivedFrom("Order.total"));
        totals.AddField(Fields.Read("attainment", new DecimalGraphType(), s => ((TeamTotals)s).Attainment,
            "paidRevenueInBase / target; null without a positive team target.").DerivedFrom("Order.total"));

        var appraisal = new ObjectGraphType { Name = "TeamAppraisal" };
        appraisal.AddField(Fields.Read("period", new NonNullGraphType(new GraphQLTypeReference("SalesPeriod")), s => ((TeamAppraisal)s).Period));
        appraisal.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((TeamAppraisal)s).BaseCurrency));
        appraisal.AddField(Fields.Read("team", new NonNullGraphType(new GraphQLTypeReference("Team")), s => ((TeamAppraisal)s).Team));
        appraisal.AddField(Fields.Read("members", new NonNullGraphType(new IntGraphType()), s => ((TeamAppraisal)s).Members,
            "Active members of the team, all of whom are ranked."));
        appraisal.AddField(Fields.Read("reps", new NonNullGraphType(new ListGraphType(new NonNullGraphType(line))), s => ((TeamAppraisal)s).Reps,
            "The lines your scope covers, best rank first."));
        appraisal.AddField(Fields.Read("totals", totals, s => ((TeamAppraisal)s).Totals, "The team's line; null unless your scope covers every member."));
        return appraisal;
    }
}
