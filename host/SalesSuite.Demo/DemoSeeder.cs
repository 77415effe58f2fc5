using Microsoft.Extensions.Configuration;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Modules;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Demo;

/// <summary>
/// The sample data of the <c>demo</c> tenant (60 customers, 40 opportunities, the org chart, and with <see cref="DemoHistory.Setting"/>
/// its history) and of <c>acme</c> (five customers), written through the modules' import contracts after the modules seeded their
/// defaults (the pipeline). Each part once: the records while the tenant has no customers, the org chart while it has no reps.
/// Deterministic (fixed seeds).
/// </summary>
internal sealed class DemoSeeder(
    TimeProvider clock, IConfiguration configuration, IEnumerable<ICustomerDirectory> directories, IEnumerable<IExchangeRates> exchangeRates,
    IEnumerable<IRepRoster> rosters,
    ICustomerHistoryImport customers, IOpportunityHistoryImport opportunities, IOrderHistoryImport orders, ITeamHistoryImport team) : IModuleSeeder
{
    public async Task<bool> SeedAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        if (tenant.Id is not ("demo" or "acme"))
        {
            return false;
        }

        // Each part once: the records while the tenant has no customers, the org chart while it has no reps (a Team module
        // whose tables were dropped, or that was added later, gets its part at the next start).
        var directory = directories.FirstOrDefault();
        var roster = rosters.FirstOrDefault();
        var needsRecords = directory is null || (await directory.FirstAsync(1, cancellationToken)).Count == 0;
        var needsTeam = roster is not null && (await roster.RepsAsync(cancellationToken)).Count == 0;
        if (!needsRecords && !needsTeam)
        {
            return false;
        }

        if (tenant.Id == "acme")
        {
            if (needsRecords)
            {
                await customers.ImportAsync(DemoCustomers.Acme(clock.GetUtcNow()), cancellationToken);
            }

            if (needsTeam)
            {
                await team.ImportAsync(DemoTeam.Acme(), cancellationToken);
            }

            return true;
        }

        var history = DemoHistory.IsEnabled(configuration[DemoHistory.Setting]) ? DemoHistory.For(clock.GetUtcNow()) : null;
        if (needsRecords)
        {
            await ImportRecordsAsync(directory, history, cancellationToken);
        }

        if (needsTeam)
        {
            await team.ImportAsync(DemoTeam.Demo(history), cancellationToken);
        }

        return true;
    }

    private async Task ImportRecordsAsync(ICustomerDirectory? directory, DemoHistory? history, CancellationToken cancellationToken)
    {
        await customers.ImportAsync(DemoCustomers.Sample(clock.GetUtcNow()), cancellationToken);
        if (history is not null)
        {
            await customers.ImportAsync(DemoCustomers.History(history), cancellationToken);
        }

        var rates = exchangeRates.FirstOrDefault();
        if (directory is not null)
        {
            // The first 40 customers of the sample (not the history's, which come with their own opportunities).
            var historyIds = history?.Customers.Select(c => c.Id).ToHashSet() ?? [];
            var picked = (await directory.FirstAsync(40 + historyIds.Count, cancellationToken))
                .Where(c => !historyIds.Contains(c.Id)).Take(40).Select(c => (c.Id, c.OwnerId)).ToList();
            await opportunities.ImportAsync(await DemoOpportunities.SampleAsync(picked, clock.GetUtcNow(), rates, cancellationToken), cancellationToken);
        }

        if (history is not null)
        {
            var baseCurrency = rates is null ? "USD" : await rates.BaseCurrencyAsync(cancellationToken);
            await opportunities.ImportAsync(DemoOpportunities.History(history, baseCurrency), cancellationToken);
            if (history.Customers.Count > 0)
            {
                await orders.ImportAsync(DemoOrders.History(history), cancellationToken);
            }
        }
    }
}
