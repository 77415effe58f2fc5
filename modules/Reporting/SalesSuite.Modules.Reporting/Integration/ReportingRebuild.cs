using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>
/// Throws the tenant's reporting read model away and rebuilds it from the events the other modules replay through
/// their contracts, applied by the same handlers as live events: the rebuilt model equals the incremental one.
/// </summary>
internal sealed class ReportingRebuild(IServiceScopeFactory scopes, TimeProvider clock) : IRebuildableReadModel
{
    public string Name => "Reporting";

    public async Task<bool> NeedsRebuildAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenant);
        await using var db = scope.ServiceProvider.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().CreateForSystem();
        var built = await db.ModelState.Select(s => (int?)s.Version).FirstOrDefaultAsync(cancellationToken);
        return built != ReadModelState.CurrentVersion;
    }

    public async Task<int> RebuildAsync(TenantInfo tenant, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateTenantScope(tenant);
        var services = scope.ServiceProvider;
        await using (var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().CreateForSystem())
        {
            // A read model, not a record of the tenant's: emptied in one statement, no audit (the tenant filter applies).
            await db.SalesLines.ExecuteDeleteAsync(cancellationToken);
            await db.SalesDays.ExecuteDeleteAsync(cancellationToken);
            await db.OpportunityMeasures.ExecuteDeleteAsync(cancellationToken);
            await db.StageEntries.ExecuteDeleteAsync(cancellationToken);
            await db.Opportunities.ExecuteDeleteAsync(cancellationToken);
            await db.Customers.ExecuteDeleteAsync(cancellationToken);
            await db.Reps.ExecuteDeleteAsync(cancellationToken);
            await db.Teams.ExecuteDeleteAsync(cancellationToken);
            await db.ModelState.ExecuteDeleteAsync(cancellationToken);
        }

        var applied = 0;
        foreach (var source in services.GetServices<IEventReplaySource>())
        {
            await foreach (var integrationEvent in source.ReplayAsync(cancellationToken))
            {
                // This module's own handlers of the event (other modules may handle it too: they are not rebuilt here).
                var handlerType = typeof(IIntegrationEventHandler<>).MakeGenericType(integrationEvent.GetType());
                var handlers = services.GetServices(handlerType).Where(h => h?.GetType().Assembly == typeof(ReportingRebuild).Assembly).ToList();
                foreach (var handler in handlers)
                {
                    var context = new IntegrationContext(Guid.CreateVersion7(), tenant.Id, DateTimeOffset.MinValue);
                    await (Task)handlerType.GetMethod(nameof(IIntegrationEventHandler<IIntegrationEvent>.HandleAsync))!.Invoke(handler,
                        [integrationEvent, context, cancellationToken])!;
                }

                applied += handlers.Count > 0 ? 1 : 0;
            }
        }

        await using (var db = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().CreateForSystem())
        {
            db.ModelState.Add(ReadModelState.Rebuilt(clock.GetUtcNow(), applied));
            await db.SaveChangesAsync(cancellationToken);
        }

        return applied;
    }
}
