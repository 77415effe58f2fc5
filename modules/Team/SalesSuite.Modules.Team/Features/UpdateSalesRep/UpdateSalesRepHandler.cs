using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Features.UpdateSalesRep;

internal sealed class UpdateSalesRepHandler(ModuleDbContextFactory<TeamDbContext> contexts)
{
    public async Task<SalesRep> HandleAsync(UpdateSalesRepInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var rep = await db.LoadRepAsync(input.UserId, ct);
        db.ExpectVersion(rep, input.Version);
        rep.Edit(UpdateSalesRepValidator.Check(input));
        db.Touch(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }
}
