using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Events;

namespace SalesSuite.Modules.Customers.Domain;

/// <summary>The customer's integration events, built in one place for the saves that publish them and for the replay.</summary>
internal static class CustomerEvents
{
    /// <summary>The properties whose change is published: what reports group and filter customers by.</summary>
    public static readonly string[] Reported =
        [nameof(Customer.Name), nameof(Customer.Level), nameof(Customer.Source), nameof(Customer.Region), nameof(Customer.OwnerId), nameof(Customer.ArchivedAt)];

    public static CustomerChanged Changed(Customer customer, DateTimeOffset at) =>
        new(customer.Id, customer.Name, customer.Level, customer.Source, customer.Region, customer.OwnerId, customer.ArchivedAt is not null, customer.Version, at);
}

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
