using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.Modules.Customers.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerLevel;

internal sealed class DefineCustomerLevelHandler(ModuleDbContextFactory<CustomersDbContext> contexts)
{
    public async Task<CustomerLevel> HandleAsync(DefineCustomerLevelInput input, CancellationToken ct)
    {
        DefineCustomerLevelValidator.Check(input);
        await using var db = contexts.Create();
        var level = await db.Levels.AsTracking().FirstOrDefaultAsync(l => l.Code == input.Code, ct);
        if (level is null)
        {
            level = new CustomerLevel { Code = input.Code! };
            db.Levels.Add(level);
        }

        level.Name = input.Name!;
        level.Rank = input.Rank!.Value;
        await db.SaveChangesAsync(ct);
        return level;
    }
}
