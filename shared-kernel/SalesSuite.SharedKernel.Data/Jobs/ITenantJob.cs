using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

/// <summary>
/// Recurring background work that a module does in each tenant's scope (reminders, scheduled reports).
/// The runner calls every job for every tenant on each tick; the job decides what is due at
/// <see cref="TenantJobContext.Now"/> from its own stored state, so a missed tick or a second host instance
/// only means a later or a repeated call, never a lost or doubled result.
/// </summary>
public interface ITenantJob
{
    /// <summary>A stable name for logs.</summary>
    string Name { get; }

    Task RunAsync(TenantJobContext context, CancellationToken cancellationToken);
}
