using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.CreateSalesRep;

internal sealed class CreateSalesRepHandler(ModuleDbContextFactory<TeamDbContext> contexts)
{
    public async Task<SalesRep> HandleAsync(CreateSalesRepInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var profile = CreateSalesRepValidator.Check(input, validator);
        if (input.UserId is { } userId && await db.Reps.AnyAsync(r => r.OwnerId == userId, ct))
        {
            throw new AppException(ErrorCodes.Conflict, $"A sales rep with user id '{userId}' already exists.",
                [new FieldError("userId", "is already a sales rep.")]);
        }

        var rep = new SalesRep(input.UserId ?? string.Empty);
        var teamId = TeamIdInput.Decode(input.TeamId);
        await db.CheckPlacementAsync(rep.OwnerId, input.ManagerUserId, teamId, validator, ct);
        validator.ThrowIfInvalid();
        rep.Edit(profile);
        rep.Place(input.ManagerUserId, teamId);
        db.Reps.Add(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }
}
