using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Analytics;
using SalesSuite.Modules.Reporting.Api;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Features.GetRevenueForecast;

internal static class GetRevenueForecastField
{
    public static void Register(ISchemaSlice slice)
    {
        var month = new ObjectGraphType { Name = "MonthlyRevenue" };
        month.AddField(Fields.Read("month", new NonNullGraphType(new DateOnlyGraphType()), s => ((MonthlyValue)s).Month, "First day of the month."));
        month.AddField(Fields.Read("revenue", new DecimalGraphType(), s => ((MonthlyValue)s).Value).DerivedFrom(SalesReport.MeasureSources["revenue"]));
        var point = new ObjectGraphType { Name = "ForecastPoint", Description = "A forecast month with 80 % and 95 % prediction intervals (never below 0)." };
        point.AddField(Fields.Read("month", new NonNullGraphType(new DateOnlyGraphType()), s => ((ForecastPoint)s).Month));
        point.AddField(Fields.Read("forecast", new DecimalGraphType(), s => ((ForecastPoint)s).Forecast).DerivedFrom(SalesReport.MeasureSources["revenue"]));
        point.AddField(Fields.Read("lower80", new DecimalGraphType(), s => ((ForecastPoint)s).Lower80).DerivedFrom(SalesReport.MeasureSources["revenue"]));
        point.AddField(Fields.Read("upper80", new DecimalGraphType(), s => ((ForecastPoint)s).Upper80).DerivedFrom(SalesReport.MeasureSources["revenue"]));
        point.AddField(Fields.Read("lower95", new DecimalGraphType(), s => ((ForecastPoint)s).Lower95).DerivedFrom(SalesReport.MeasureSources["revenue"]));
        point.AddField(Fields.Read("upper95", new DecimalGraphType(), s => ((ForecastPoint)s).Upper95).DerivedFrom(SalesReport.MeasureSources["revenue"]));
        var accuracy = new ObjectGraphType
        {
            Name = "ForecastAccuracy",
            Description = "Rolling-origin back-test of the same method on the history's last months."
        };
        accuracy.AddField(Fields.Read("mapePercent", new FloatGraphType(), s => ((ForecastAccuracy)s).MapePercent,
            "Mean absolute percentage error; months with no revenue are skipped.")
            .DerivedFrom(SalesReport.MeasureSources["revenue"]));
        accuracy.AddField(Fields.Read("mae", new DecimalGraphType(), s => ((ForecastAccuracy)s).Mae, "Mean absolute error in the base currency.")
            .DerivedFrom(SalesReport.MeasureSources["revenue"]));
        accuracy.AddField(Fields.Read("backtestPoints", new NonNullGraphType(new IntGraphType()), s => ((ForecastAccuracy)s).BacktestPoints));
        accuracy.AddField(Fields.Read("description", new NonNullGraphType(new StringGraphType()), s => ((ForecastAccuracy)s).Description));
        var result = new ObjectGraphType { Name = "RevenueForecast" };
        result.AddField(Fields.Read("baseCurrency", new NonNullGraphType(new StringGraphType()), s => ((RevenueForecastResult)s).BaseCurrency));
        result.AddField(Fields.Read("enoughHistory", new NonNullGraphType(new BooleanGraphType()),
            s => ((RevenueForecastResult)s).Forecast.Outcome == ForecastOutcome.Forecast,
            "False when there is too little history to forecast: then there are no points."));
        result.AddField(Fields.Read("method", new NonNullGraphType(new StringGraphType()), s => ((RevenueForecastResult)s).Forecast.Method));
        result.AddField(Fields.Read("history", new NonNullGraphType(new ListGraphType(new NonNullGraphType(month))), s => ((RevenueForecastResult)s).History));
        result.AddField(Fields.Read("points", new NonNullGraphType(new ListGraphType(new NonNullGraphType(point))),
            s => ((RevenueForecastResult)s).Forecast.Points));
        result.AddField(Fields.Read("accuracy", new NonNullGraphType(accuracy), s => ((RevenueForecastResult)s).Forecast.Accuracy));
        result.AddField(Fields.Read("intervalMethod", new NonNullGraphType(new StringGraphType()), s => ((RevenueForecastResult)s).Forecast.IntervalMethod));

        slice.AddQueryField(Fields.Create("revenueForecast", new NonNullGraphType(result), async ctx =>
        {
            var horizon = ctx.GetArgument("horizon", 6);
            var historyMonths = ctx.GetArgument("historyMonths", 36);
            if (horizon is < 1 or > RevenueForecaster.MaxHorizon)
            {
                throw InvalidInput.Of("horizon", $"must be 1 to {RevenueForecaster.MaxHorizon} months.");
            }

            if (historyMonths is < 1 or > RevenueForecastQuery.MaxHistoryMonths)
            {
                throw InvalidInput.Of("historyMonths", $"must be 1 to {RevenueForecastQuery.MaxHistoryMonths} months.");
            }

            return await RevenueForecastQuery.ComputeAsync(ctx.RequestServices!, horizon, historyMonths, ctx.CancellationToken);
        }, "Monthly revenue forecast for your scope from its own history (complete months of the tenant's calendar).",
            new QueryArguments(
                new QueryArgument(new IntGraphType()) { Name = "horizon", DefaultValue = 6, Description = "Months to forecast (1-24)." },
                new QueryArgument(new IntGraphType())
                {
                    Name = "historyMonths",
                    DefaultValue = 36,
                    Description = "Complete months of history to use " +
                    "(1-120)."
                })));
    }
}
