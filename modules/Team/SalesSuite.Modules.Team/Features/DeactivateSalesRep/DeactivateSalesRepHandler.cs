using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Features.DeactivateSalesRep;

internal sealed class DeactivateSalesRepHandler(ModuleDbContextFactory<TeamDbContext> contexts, TimeProvider clock)
{
    public async Task<SalesRep> HandleAsync(DeactivateSalesRepInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var rep = await db.LoadRepAsync(input.UserId, ct);
        rep.Deactivate(clock.GetUtcNow());
        db.Touch(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }
}
