using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Features.GetOrderStatistics;

/// <summary>Confirmed orders of a period (by confirmation day), grouped in SQL, amounts in the base currency at each order's own rate.</summary>
internal static class GetOrderStatisticsField
{
    public static void Register(ISchemaSlice slice)
    {
        var group = new ObjectGraphType { Name = "OrderGroupStatistic" };
        group.AddField(Fields.Read("key", new NonNullGraphType(new StringGraphType()), s => ((GetOrderStatisticsGroup)s).Key,
            "Status, owner id, customer id, month (yyyy-MM) or product SKU."));
        group.AddField(Fields
            .Read("count", new NonNullGraphType(new IntGraphType()), s => ((GetOrderStatisticsGroup)s).Count, "Orders (lines, for products)."));
        group.AddField(Fields
            .Read("amountInBase", new DecimalGraphType(), s => ((GetOrderStatisticsGroup)s).AmountInBase, "Totals (net, for products) in the base currency.")
                .DerivedFrom("Order.total"));
        var groups = new NonNullGraphType(new ListGraphType(new NonNullGraphType(group)));
        var stats = new ObjectGraphType { Name = "OrderStatistics" };
        stats.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((GetOrderStatisticsResult)s).BaseCurrency));
        stats.AddField(Fields
            .Read("count", new NonNullGraphType(new IntGraphType()), s => ((GetOrderStatisticsResult)s).Count, "Orders confirmed in the period."));
        stats.AddField(Fields.Read("amountInBase", new DecimalGraphType(), s => ((GetOrderStatisticsResult)s).AmountInBase, "Totals in the base currency.")
            .DerivedFrom("Order.total"));
        stats.AddField(Fields.Read("byStatus", groups, s => ((GetOrderStatisticsResult)s).ByStatus));
        stats.AddField(Fields.Read("byOwner", groups, s => ((GetOrderStatisticsResult)s).ByOwner));
        stats.AddField(Fields.Read("byCustomer", groups, s => ((GetOrderStatisticsResult)s).ByCustomer));
        stats.AddField(Fields.Read("byMonth", groups, s => ((GetOrderStatisticsResult)s).ByMonth));
        stats.AddField(Fields
            .Read("byProduct", groups, s => ((GetOrderStatisticsResult)s).ByProduct, "Net of the lines, custom items under their description."));

        slice.AddQueryField(Fields.Create("orderStatistics", new NonNullGraphType(stats), async ctx =>
        {
            var (from, to) = DateRange.Read(ctx);
            await using var db = ctx.Db<OrdersDbContext>();
            var confirmed = db.Orders.Where(o => o.ConfirmedOn >= from && o.ConfirmedOn <= to && o.TotalInBaseScaled != null);
            var byStatus = await confirmed.GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(o => o.TotalInBaseScaled!.Value) })
                .ToListAsync(ctx.CancellationToken);
            var byOwner = await confirmed.GroupBy(o => o.OwnerId).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(o => o.TotalInBaseScaled!.Value) })
                .ToListAsync(ctx.CancellationToken);
            var byCustomer = await confirmed.GroupBy(o => o.CustomerId).Select(g => new
            {
                g.Key,
                Count = g.Count(),
                Sum = g.Sum(o => o.TotalInBaseScaled!.Value)
            }).ToListAsync(ctx.CancellationToken);
            var byMonth = await confirmed.GroupBy(o => new { o.ConfirmedOn!.Value.Year, o.ConfirmedOn!.Value.Month })
                .Select(g => new { g.Key.Year, g.Key.Month, Count = g.Count(), Sum = g.Sum(o => o.TotalInBaseScaled!.Value) })
                    .ToListAsync(ctx.CancellationToken);
            var byProduct = await db.Lines.Where(l => l.NetInBaseScaled != null && confirmed.Any(o => o.Id == l.OrderId))
                .GroupBy(l => l.Sku ?? l.Description).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(l => l.NetInBaseScaled!.Value) })
                    .ToListAsync(ctx.CancellationToken);
            var baseCurrency = await db.Currencies.Select(c => c.BaseCurrency).FirstOrDefaultAsync(ctx.CancellationToken) ?? "USD";
            return new GetOrderStatisticsResult(
                baseCurrency,
                byStatus.Sum(s => s.Count),
                Scaled.To(byStatus.Sum(s => s.Sum)),
                Sorted(byStatus.Select(s => new GetOrderStatisticsGroup(s.Key.ToString().ToUpperInvariant(), s.Count, Scaled.To(s.Sum)))),
                Sorted(byOwner.Select(s => new GetOrderStatisticsGroup(s.Key, s.Count, Scaled.To(s.Sum)))),
                Sorted(byCustomer.Select(s => new GetOrderStatisticsGroup(GlobalId.Encode("Customer", s.Key), s.Count, Scaled.To(s.Sum)))),
                byMonth.Select(s => new GetOrderStatisticsGroup($"{s.Year:D4}-{s.Month:D2}", s.Count, Scaled.To(s.Sum))).OrderBy(g => g.Key,
                    StringComparer.Ordinal)
                    .ToList(),
                Sorted(byProduct.Select(s => new GetOrderStatisticsGroup(s.Key, s.Count, Scaled.To(s.Sum)))));
        }, "Orders confirmed in a period (inclusive days), within your scope, in the base currency.",
            DateRange.Arguments()));
    }

    private static List<GetOrderStatisticsGroup> Sorted(IEnumerable<GetOrderStatisticsGroup> groups) =>
        groups.OrderByDescending(g => g.AmountInBase).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
}
