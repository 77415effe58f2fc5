using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Opportunities.Data;
using SalesSuite.Modules.Opportunities.Domain;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Opportunities.Features.GetOpportunityStatistics;

/// <summary>
/// Counts and amounts by stage, owner and status (grouped in SQL, per currency: never a sum of mixed currencies), the same in the
/// tenant's base currency at each opportunity's own kept rate, win rate and cycle time.
/// </summary>
internal static class GetOpportunityStatisticsField
{
    public static void Register(ISchemaSlice slice)
    {
        var money = new ObjectGraphType { Name = "MoneyTotal", Description = "A sum in one currency." };
        money.AddField(Fields.Read("currency", new NonNullGraphType(new StringGraphType()), s => ((GetOpportunityStatisticsMoneyTotal)s).Currency));
        money.AddField(Fields.Read("amount", new DecimalGraphType(), s => ((GetOpportunityStatisticsMoneyTotal)s).Amount).DerivedFrom("Opportunity.amount"));
        var group = new ObjectGraphType { Name = "OpportunityGroupStatistic", Description = "Opportunities of one stage, owner or status." };
        group.AddField(Fields.Read("key", new NonNullGraphType(new StringGraphType()), s => ((GetOpportunityStatisticsGroup)s).Key,
            "The stage id, owner id or status."));
        group.AddField(Fields.Read("count", new NonNullGraphType(new IntGraphType()), s => ((GetOpportunityStatisticsGroup)s).Count));
        group.AddField(Fields.Read("amounts", new NonNullGraphType(new ListGraphType(new NonNullGraphType(money))),
            s => ((GetOpportunityStatisticsGroup)s).Amounts,
            "One total per currency."));
        group.AddField(Fields.Read("amountInBase", new DecimalGraphType(), s => ((GetOpportunityStatisticsGroup)s).AmountInBase,
            "The group's amounts in the base currency, each at its opportunity's kept rate (unconverted ones left out).").DerivedFrom("Opportunity.amount"));
        group.AddField(Fields.Read("unconverted", new NonNullGraphType(new IntGraphType()), s => ((GetOpportunityStatisticsGroup)s).Unconverted,
            "Opportunities without a base amount in the current base currency, left out of amountInBase."));
        var groups = new NonNullGraphType(new ListGraphType(new NonNullGraphType(group)));
        var stats = new ObjectGraphType { Name = "OpportunityStatistics" };
        stats.AddField(Fields
            .Read("baseCurrency", new StringGraphType(), s => ((GetOpportunityStatisticsResult)s).BaseCurrency, "The tenant's base currency."));
        stats.AddField(Fields.Read("count", new NonNullGraphType(new IntGraphType()), s => ((GetOpportunityStatisticsResult)s).Count,
            "Opportunities created in the period."));
        stats.AddField(Fields.Read("amountInBase", new DecimalGraphType(), s => ((GetOpportunityStatisticsResult)s).AmountInBase,
            "Amounts of the opportunities created in the period, in the base currency at each one's kept rate.").DerivedFrom("Opportunity.amount"));
        stats.AddField(Fields.Read("unconverted", new NonNullGraphType(new IntGraphType()), s => ((GetOpportunityStatisticsResult)s).Unconverted,
            "Opportunities of the period without a base amount (registered before conversion), left out of amountInBase."));
        stats.AddField(Fields.Read("byStage", groups, s => ((GetOpportunityStatisticsResult)s).ByStage));
        stats.AddField(Fields.Read("byOwner", groups, s => ((GetOpportunityStatisticsResult)s).ByOwner));
        stats.AddField(Fields.Read("byStatus", groups, s => ((GetOpportunityStatisticsResult)s).ByStatus));
        stats.AddField(Fields.Read("won", new NonNullGraphType(new IntGraphType()), s => ((GetOpportunityStatisticsResult)s).Won,
            "Won in the period (by close date)."));
        stats.AddField(Fields
            .Read("lost", new NonNullGraphType(new IntGraphType()), s => ((GetOpportunityStatisticsResult)s).Lost, "Lost in the period (by close date)."));
        stats.AddField(Fields
            .Read("winRate", new DecimalGraphType(), s => ((GetOpportunityStatisticsResult)s).WinRate, "won / (won + lost), 0-1; null when none closed.")
                .NotDerived());
        stats.AddField(Fields.Read("averageCycleDays", new DecimalGraphType(), s => ((GetOpportunityStatisticsResult)s).AverageCycleDays,
            "Average days from creation to close of those closed in the period.").NotDerived());

        slice.AddQueryField(Fields.Create("opportunityStatistics", new NonNullGraphType(stats), async ctx =>
        {
            var from = ctx.GetArgument<DateTimeOffset>("from").ToUniversalTime();
            var to = ctx.GetArgument<DateTimeOffset>("to").ToUniversalTime();
            if (to <= from || to - from > TimeSpan.FromDays(3700))
            {
                throw new AppException(ErrorCodes.Validation, "to must be after from, at most ten years later.",
                    [new FieldError("to", "must be after from, at most ten years later.")]);
            }

            var baseCurrency = ctx.RequestServices!.GetService<IExchangeRates>() is { } rates ? await rates.BaseCurrencyAsync(ctx.CancellationToken) : null;
            await using var db = ctx.Db<OpportunitiesDbContext>();
            var created = db.Opportunities.Where(o => o.CreatedAt >= from && o.CreatedAt < to);
            var byStage = await created.GroupBy(o => new { o.StageId, o.Currency })
                .Select(g => new Row(g.Key.StageId.ToString(), g.Key.Currency, g.Count(), g.Sum(o => o.AmountScaled),
                    g.Sum(o => o.BaseCurrency == baseCurrency ? o.AmountInBaseScaled ?? 0 : 0), g
                        .Sum(o => o.AmountInBaseScaled != null && o.BaseCurrency == baseCurrency ? 0 : 1)))
                .ToListAsync(ctx.CancellationToken);
            var byOwner = await created.GroupBy(o => new { o.OwnerId, o.Currency })
                .Select(g => new Row(g.Key.OwnerId, g.Key.Currency, g.Count(), g.Sum(o => o.AmountScaled),
                    g.Sum(o => o.BaseCurrency == baseCurrency ? o.AmountInBaseScaled ?? 0 : 0), g
                        .Sum(o => o.AmountInBaseScaled != null && o.BaseCurrency == baseCurrency ? 0 : 1)))
                .ToListAsync(ctx.CancellationToken);
            var byStatus = await created.GroupBy(o => new { o.Status, o.Currency })
                .Select(g => new
                {
                    g.Key.Status,
                    g.Key.Currency,
                    Count = g.Count(),
                    Sum = g.Sum(o => o.AmountScaled),
                    SumInBase = g.Sum(o => o.BaseCurrency == baseCurrency ? o.AmountInBaseScaled ?? 0 : 0),
                    Unconverted = g.Sum(o => o.AmountInBaseScaled != null && o.BaseCurrency == baseCurrency ? 0 : 1),
                })
                .ToListAsync(ctx.CancellationToken);
            var closed = await db.Opportunities.Where(o => o.ClosedAt >= from && o.ClosedAt < to)
                .Select(o => new { o.Status, o.CreatedAt, o.ClosedAt }).ToListAsync(ctx.CancellationToken);
            var stages = await db.Stages.OrderBy(s => s.Position).ToListAsync(ctx.CancellationToken);
            var won = closed.Count(c => c.Status == OpportunityStatus.Won);
            var lost = closed.Count(c => c.Status == OpportunityStatus.Lost);
            return new GetOpportunityStatisticsResult(
                baseCurrency,
                byStatus.Sum(s => s.Count),
                byStatus.Sum(s => s.SumInBase) / Opportunity.AmountScale,
                byStatus.Sum(s => s.Unconverted),
                Group(byStage.Select(r => r with { Key = GlobalId.Encode("PipelineStage", Guid.Parse(r.Key)) })),
                Group(byOwner),
                Group(byStatus.Select(s => new Row(s.Status.ToString().ToUpperInvariant(), s.Currency, s.Count, s.Sum, s.SumInBase, s.Unconverted))),
                won,
                lost,
                won + lost == 0 ? null : decimal.Round((decimal)won / (won + lost), 4),
                closed.Count == 0 ? null : decimal.Round((decimal)closed.Average(c => (c.ClosedAt!.Value - c.CreatedAt).TotalDays), 2),
                stages);
        }, "Opportunity statistics for a period within your scope.",
            new QueryArguments(
                new QueryArgument(new NonNullGraphType(new DateTimeOffsetGraphType())) { Name = "from" },
                new QueryArgument(new NonNullGraphType(new DateTimeOffsetGraphType())) { Name = "to" })));
    }

    private sealed record Row(string Key, string Currency, int Count, long Sum, long SumInBase, int Unconverted);

    private static List<GetOpportunityStatisticsGroup> Group(IEnumerable<Row> rows) =>
        rows.GroupBy(r => r.Key)
            .Select(g => new GetOpportunityStatisticsGroup(g.Key, g.Sum(r => r.Count),
                g.OrderBy(r => r.Currency, StringComparer.Ordinal).Select(r => new GetOpportunityStatisticsMoneyTotal(r.Currency,
                    r.Sum / Opportunity.AmountScale)).ToList(),
                g.Sum(r => r.SumInBase) / Opportunity.AmountScale, g.Sum(r => r.Unconverted)))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
}
