using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Features.GetSalesReport;

/// <summary>
/// <c>salesReport</c>: the sales and opportunity figures of a period within the caller's scope, grouped and filtered (see <see cref="SalesReport"/>).
/// </summary>
internal static class GetSalesReportField
{
    private static readonly HashSet<string> PipelineFields =
        ["opportunitiesOpened", "opportunitiesWon", "opportunitiesLost", "winRate", "wonAmount", "pipelineAmount", "weightedPipeline"];

    public static void Register(ISchemaSlice slice)
    {
        var dimension = new EnumerationGraphType<SalesDimension>
        {
            Name = "SalesDimension",
            Description = "What a sales report groups by: one period of the tenant's calendar (weeks start on Monday) and/or rep, product, customer, the " +
                "rep's team, "
                + "the customer's region, level or source.",
        };
        slice.AddType(dimension);
        var measures = new ObjectGraphType
        {
            Name = "SalesMeasures",
            Description = "Figures of confirmed orders (cancelled ones excluded) and of opportunities, amounts in the base currency at each record's own rate. "
                + "Opportunities count on their creation day (opened), closing day (won, lost, won amount) and, while open, their expected close date or else "
                + "their creation day (pipeline); grouped or filtered by product they are left out (zero).",
        };
        measures.AddField(Fields.Read("revenue", new DecimalGraphType(), s => ((SalesMeasures)s).Revenue, "Net of the order lines."));
        measures.AddField(Fields.Read("orders", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).Orders));
        measures.AddField(Fields.Read("orderLines", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).OrderLines));
        measures.AddField(Fields.Read("quantity", new NonNullGraphType(new DecimalGraphType()), s => ((SalesMeasures)s).Quantity).NotDerived());
        measures.AddField(Fields.Read("opportunitiesOpened", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).OpportunitiesOpened,
            "Created in the period."));
        measures.AddField(Fields.Read("opportunitiesWon", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).OpportunitiesWon,
            "Won in the period (and still won)."));
        measures.AddField(Fields.Read("opportunitiesLost", new NonNullGraphType(new IntGraphType()), s => ((SalesMeasures)s).OpportunitiesLost,
            "Lost in the period (and still lost)."));
        measures.AddField(Fields.Read("winRate", new DecimalGraphType(), s => ((SalesMeasures)s).WinRate,
            "won / (won + lost), four decimals; null when none closed.").NotDerived());
        measures.AddField(Fields.Read("wonAmount", new DecimalGraphType(), s => ((SalesMeasures)s).WonAmount, "Amount of the opportunities won."));
        measures.AddField(Fields.Read("pipelineAmount", new DecimalGraphType(), s => ((SalesMeasures)s).PipelineAmount,
            "Amount of the open opportunities expected to close in the period."));
        measures.AddField(Fields.Read("weightedPipeline", new DecimalGraphType(), s => ((SalesMeasures)s).WeightedPipeline,
            "Their amount × probability / 100 (REP5: group by MONTH for the weighted pipeline by expected close month)."));
        foreach (var (name, sources) in SalesReport.MeasureSources)
        {
            measures.GetField(name)!.DerivedFrom(sources);
        }

        var row = new ObjectGraphType { Name = "SalesReportRow", Description = "One group; the fields of dimensions not grouped by are null." };
        row.AddField(Fields.Read("period", new DateOnlyGraphType(), s => ((SalesRow)s).Key.Period, "First day of the period."));
        row.AddField(Fields.Read("repId", new StringGraphType(), s => ((SalesRow)s).Key.Rep, "User id of the rep who owns the orders."));
        row.AddField(Fields.Read("repName", new StringGraphType(), s => ((SalesRow)s).RepName, "The rep's name."));
        row.AddField(Fields.Read("productKey", new StringGraphType(), s => ((SalesRow)s).Key.Product, "SKU, or a custom item's description."));
        row.AddField(Fields.Read("productName", new StringGraphType(), s => ((SalesRow)s).ProductName));
        row.AddField(Fields.Read("customerId", new IdGraphType(), s => ((SalesRow)s).Key.Customer is { } id ? GlobalId.Encode("Customer", id) : null));
        row.AddField(Fields.Read("customerName", new StringGraphType(), s => ((SalesRow)s).CustomerName, "The customer's name."));
        row.AddField(Fields.Read("teamId", new IdGraphType(), s => ((SalesRow)s).Key.Team is { } id ? GlobalId.Encode("Team", id) : null,
            "The owning rep's team; null for reps without one."));
        row.AddField(Fields.Read("teamName", new StringGraphType(), s => ((SalesRow)s).TeamName));
        row.AddField(Fields.Read("region", new StringGraphType(), s => ((SalesRow)s).Key.Region, "The customer's region."));
        row.AddField(Fields.Read("customerLevel", new StringGraphType(), s => ((SalesRow)s).Key.Level, "The customer's level code."));
        row.AddField(Fields.Read("source", new StringGraphType(), s => ((SalesRow)s).Key.Source, "The customer's source."));
        row.AddField(Fields.Read("measures", new NonNullGraphType(measures), s => ((SalesRow)s).Measures));
        var comparison = new ObjectGraphType { Name = "SalesComparison", Description = "The period of the same length just before." };
        comparison.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesComparison)s).From));
        comparison.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesComparison)s).To));
        comparison.AddField(Fields.Read("totals", new NonNullGraphType(measures), s => ((SalesComparison)s).Totals));
        comparison.AddField(Fields.Read("revenueChange", new DecimalGraphType(), s => ((SalesComparison)s).RevenueChange,
            "(revenue − previous) / previous, four decimals; null when the previous period had none.")
            .DerivedFrom(SalesReport.MeasureSources["revenue"]));
        var report = new ObjectGraphType { Name = "SalesReport" };
        report.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((SalesReportResult)s).BaseCurrency));
        report.AddField(Fields.Read("from", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesReportResult)s).From));
        report.AddField(Fields.Read("to", new NonNullGraphType(new DateOnlyGraphType()), s => ((SalesReportResult)s).To));
        report.AddField(Fields.Read("groupBy", new NonNullGraphType(new ListGraphType(new NonNullGraphType(dimension))), s => ((SalesReportResult)s).GroupBy));
        report.AddField(Fields.Read("totals", new NonNullGraphType(measures), s => ((SalesReportResult)s).Totals));
        report.AddField(Fields.Read("previous", comparison, s => ((SalesReportResult)s).Previous, "Only when compareToPrevious is true."));
        report.AddField(Fields.Read("rows", new NonNullGraphType(new ListGraphType(new NonNullGraphType(row))), s => ((SalesReportResult)s).Rows,
            "Periods oldest first, then the largest revenue first."));

        var arguments = DateRange.Arguments();
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(dimension)))
        {
            Name = "groupBy",
            Description = "Up to three dimensions, at most one of them a period."
        });
        arguments.Add(new QueryArgument(new ListGraphType(new NonNullGraphType(new StringGraphType())))
        {
            Name = "productKeys",
            Description = "Only these products (SKU or description)."
        });
        SalesReport.AddFilterArguments(arguments);
        arguments.Add(new QueryArgument(new BooleanGraphType()) { Name = "compareToPrevious", DefaultValue = false });
        slice.AddQueryField(Fields.Create("salesReport", new NonNullGraphType(report), RunAsync,
            "Sales and opportunities of a period (inclusive days of the tenant's calendar) within your scope, grouped and filtered, in the base " +
            "currency.", arguments));
    }

    private static async Task<object?> RunAsync(IResolveFieldContext ctx)
    {
        var (from, to) = DateRange.Read(ctx);
        var groupBy = SalesReport.CheckGroupBy((ctx.GetArgument<List<SalesDimension>?>("groupBy") ?? []).Distinct().ToList(), "groupBy");
        // Opportunity measures only when asked for: their groups would otherwise add rows without sales.
        var query = new SalesQuery(from, to, groupBy, SalesReport.ReadFilter(ctx), ctx.GetArgument<bool>("compareToPrevious"),
            Selection.Selects(ctx, PipelineFields));
        return await SalesReport.ComputeAsync(ctx.RequestServices!, query, ctx.CancellationToken);
    }
}
