using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.RemoveSalesTarget;

/// <summary>Removes a target; the same people who may set it may remove it (<see cref="TargetAuthorization"/>).</summary>
internal sealed class RemoveSalesTargetHandler(ModuleDbContextFactory<TeamDbContext> contexts, TargetAuthorization authorization)
{
    public async Task<SalesTarget> HandleAsync(RemoveSalesTargetInput input, CancellationToken ct)
    {
        var id = GlobalId.Decode(input.Id, "SalesTarget", "id");
        var shownId = InputValues.Clean(input.Id)!;
        await using var db = contexts.Create();
        var target = await db.Targets.AsTracking().FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw AppException.NotFound("SalesTarget", shownId);
        try
        {
            await authorization.AuthorizeAsync(db, target.RepUserId, target.TeamId, shownId, ct);
        }
        catch (AppException ex) when (ex.Code == ErrorCodes.NotFound)
        {
            throw AppException.NotFound("SalesTarget", shownId); // the target of a rep outside the scope does not exist for this user
        }

        db.ExpectVersion(target, input.Version);
        db.Targets.Remove(target);
        await db.SaveChangesAsync(ct);
        return target;
    }
}
