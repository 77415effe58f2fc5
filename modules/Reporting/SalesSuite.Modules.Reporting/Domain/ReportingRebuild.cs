using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// Throws the tenant's reporting read model away and rebuilds it from the events the other modules replay through
/// their contracts, applied by the same handlers as live events: the rebuilt model equals the incremental one.
/// </summary>
internal sealed class ReportingRebuild(IServiceScopeFactory scopes) : IRebuildableReadModel
{
    public string Name => "Reporting";

    public async Task<int> RebuildAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenant);
        var services = scope.ServiceProvider;
        await using (var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().CreateForSystem())
        {
            // A read model, not a record of the tenant's: emptied in one statement, no audit (the tenant filter applies).
            await db.SalesLines.ExecuteDeleteAsync(cancellationToken);
        }

        var facts = services.GetRequiredService<SalesFacts>();
        var applied = 0;
        foreach (var source in services.GetServices<IEventReplaySource>())
        {
            await foreach (var integrationEvent in source.ReplayAsync(cancellationToken))
            {
                var context = new IntegrationContext(Guid.CreateVersion7(), tenant.Id, DateTimeOffset.MinValue);
                switch (integrationEvent)
                {
                    case OrderConfirmed confirmed:
                        await facts.HandleAsync(confirmed, context, cancellationToken);
                        applied++;
                        break;
                    case OrderCancelled cancelled:
                        await facts.HandleAsync(cancelled, context, cancellationToken);
                        applied++;
                        break;
                }
            }
        }

        return applied;
    }
}
