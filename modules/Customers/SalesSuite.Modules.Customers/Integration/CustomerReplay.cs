using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Integration;

/// <summary>Re-tells every customer as it stands, for read models rebuilt from scratch.</summary>
internal sealed class CustomerReplay(ModuleDbContextFactory<CustomersDbContext> contexts, TimeProvider clock) : IEventReplaySource
{
    private const int PageSize = 1000;

    public string ModuleName => "Customers";

    public async IAsyncEnumerable<IIntegrationEvent> ReplayAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            await using var db = contexts.CreateForSystem();
            var page = await db.Customers.OrderBy(c => c.Id).Skip(skip).Take(PageSize).ToListAsync(cancellationToken);
            foreach (var customer in page)
            {
                yield return CustomerEvents.Changed(customer, clock.GetUtcNow());
            }

            if (page.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
