using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.MoveSalesRep;

/// <summary>Moves a rep below another manager and/or to another team: never below themself, only below an active rep and into a team of the tenant.</summary>
internal sealed class MoveSalesRepHandler(ModuleDbContextFactory<TeamDbContext> contexts)
{
    public async Task<SalesRep> HandleAsync(MoveSalesRepInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var rep = await db.LoadRepAsync(input.UserId, ct);
        db.ExpectVersion(rep, input.Version);
        var validator = new Validator();
        var teamId = TeamIdInput.Decode(input.TeamId);
        await db.CheckPlacementAsync(rep.OwnerId, input.ManagerUserId, teamId, validator, ct);
        validator.ThrowIfInvalid();
        rep.Place(input.ManagerUserId, teamId);
        db.Touch(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }
}
