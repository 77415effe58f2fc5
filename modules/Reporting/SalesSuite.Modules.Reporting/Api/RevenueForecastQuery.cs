using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Analytics;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Api;

/// <summary>
/// <c>revenueForecast</c>: the monthly revenue of the caller's scope from the read model (complete months of
/// the tenant's calendar, from the first month with sales), forecast with prediction intervals and the accuracy of the
/// same method back-tested on that history.
/// </summary>
internal static class RevenueForecastQuery
{
    public const int MaxHistoryMonths = 120;

    /// <summary>The forecast for the current scope's grant: what <c>revenueForecast</c> answers and the forecast report renders.</summary>
    public static async Task<RevenueForecastResult> ComputeAsync(IServiceProvider services, int horizon, int historyMonths, CancellationToken cancellationToken)
    {
        var today = services.GetRequiredService<ITenantContext>().Tenant.LocalDay(services.GetRequiredService<TimeProvider>().GetUtcNow());
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var first = thisMonth.AddMonths(-historyMonths);
        await using var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().Create();
        var sums = await db.SalesDays.Where(d => d.Month >= first && d.Month < thisMonth)
            .GroupBy(d => d.Month).Select(g => new { g.Key, Revenue = g.Sum(d => d.NetInBaseScaled) })
            .ToDictionaryAsync(g => g.Key, g => Scaled.To(g.Revenue), cancellationToken);
        var history = new List<MonthlyValue>();
        for (var m = sums.Count == 0 ? thisMonth : sums.Keys.Min(); m < thisMonth; m = m.AddMonths(1))
        {
            history.Add(new MonthlyValue(m, sums.GetValueOrDefault(m)));
        }

        var baseCurrency = await services.GetRequiredService<IExchangeRates>().BaseCurrencyAsync(cancellationToken);
        return new RevenueForecastResult(baseCurrency, history, RevenueForecaster.Forecast(history, horizon));
    }
}
