using Mapster;
using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Integration;

internal sealed class CustomerDirectory(ModuleDbContextFactory<CustomersDbContext> contexts) : ICustomerDirectory
{
    public async Task<IReadOnlySet<Guid>> VisibleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return (await db.Customers.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
    }

    public async Task<IReadOnlyList<CustomerSummary>> FirstAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = contexts.Create();
        return await db.Customers.OrderBy(c => c.Id).Take(count).ProjectToType<CustomerSummary>(CustomersMapping.Config).ToListAsync(cancellationToken);
    }
}
