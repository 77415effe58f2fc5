using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.CreateTeam;

/// <summary>Creates a team; its name is unique in the tenant.</summary>
internal sealed class CreateTeamHandler(ModuleDbContextFactory<TeamDbContext> contexts)
{
    public async Task<SalesTeam> HandleAsync(CreateTeamInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        CreateTeamValidator.Check(input);
        var name = input.Name!;
        if (await db.Teams.AnyAsync(t => t.Name == name, ct))
        {
            throw new AppException(ErrorCodes.Conflict, $"A team named '{name}' already exists.", [new FieldError("name", "is already used by another team.")]);
        }

        var team = new SalesTeam(name, input.Description);
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return team;
    }
}
