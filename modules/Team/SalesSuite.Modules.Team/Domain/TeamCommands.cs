using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Domain;

internal sealed class TeamCommands(ModuleDbContextFactory<TeamDbContext> contexts, TimeProvider clock, SalesSuite.SharedKernel.Security.ICurrentUser user)
{
    public async Task<TrainingRecord> RecordTrainingAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var userId = input.String("userId");
        var validator = new Validator().Required("userId", userId, 64).Required("course", input.String("course"), 200);
        var score = input.Value<decimal>("score");
        if (score is < 0 or > 100)
        {
            validator.Add("score", "must be between 0 and 100.");
        }

        var date = input.Value<DateOnly>("date") ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(1))
        {
            validator.Add("date", "is more than a year ahead.");
        }

        validator.ThrowIfInvalid();
        if (!await db.Reps.AnyAsync(r => r.OwnerId == userId, ct))
        {
            throw AppException.NotFound("SalesRep", userId!);
        }

        var record = new TrainingRecord
        {
            OwnerId = userId!,
            Course = input.String("course")!,
            Date = date,
            Completed = input.Value<bool>("completed") ?? false,
            Score = score,
            RecordedBy = user.UserIdOrThrow,
        };
        db.Trainings.Add(record);
        await db.SaveChangesAsync(ct);
        return record;
    }

    public async Task<SalesRep> CreateRepAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var userId = input.String("userId");
        validator.Required("userId", userId, 64).Required("name", input.String("name"), 200);
        if (userId is not null && await db.Reps.AnyAsync(r => r.OwnerId == userId, ct))
        {
            throw new AppException(ErrorCodes.Conflict, $"A sales rep with user id '{userId}' already exists.", [new FieldError("userId", "is already a sales rep.")]);
        }

        var rep = new SalesRep { OwnerId = userId ?? string.Empty };
        ApplyProfile(input, rep, validator);
        await ApplyPlacementAsync(db, input, rep, validator, ct);
        validator.ThrowIfInvalid();
        db.Reps.Add(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }

    public async Task<SalesRep> UpdateRepAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var rep = await LoadAsync(db, input.String("userId"), ct);
        db.ExpectVersion(rep, input.Value<long>("version"));
        var validator = new Validator();
        if (input.Has("name"))
        {
            validator.Required("name", input.String("name"), 200);
        }

        ApplyProfile(input, rep, validator);
        validator.ThrowIfInvalid();
        db.Touch(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }

    public async Task<SalesRep> MoveRepAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var rep = await LoadAsync(db, input.String("userId"), ct);
        db.ExpectVersion(rep, input.Value<long>("version"));
        var validator = new Validator();
        await ApplyPlacementAsync(db, input, rep, validator, ct);
        validator.ThrowIfInvalid();
        db.Touch(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }

    public async Task<SalesRep> DeactivateRepAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var rep = await LoadAsync(db, input.String("userId"), ct);
        rep.DeactivatedAt ??= clock.GetUtcNow();
        db.Touch(rep);
        await db.SaveChangesAsync(ct);
        return rep;
    }

    public async Task<SalesTeam> CreateTeamAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var name = input.String("name");
        new Validator().Required("name", name, 100).MaxLength("description", input.String("description"), 500).ThrowIfInvalid();
        if (await db.Teams.AnyAsync(t => t.Name == name, ct))
        {
            throw new AppException(ErrorCodes.Conflict, $"A team named '{name}' already exists.", [new FieldError("name", "is already used by another team.")]);
        }

        var team = new SalesTeam { Name = name!, Description = input.String("description") };
        db.Teams.Add(team);
        await db.SaveChangesAsync(ct);
        return team;
    }

    private static async Task<SalesRep> LoadAsync(TeamDbContext db, string? userId, CancellationToken ct) =>
        await db.Reps.AsTracking().FirstOrDefaultAsync(r => r.OwnerId == userId, ct)
        ?? throw AppException.NotFound("SalesRep", userId ?? string.Empty);

    private static void ApplyProfile(InputReader input, SalesRep rep, Validator validator)
    {
        if (input.String("name") is { } name)
        {
            validator.MaxLength("name", rep.Name = name, 200);
        }

        if (input.Has("email"))
        {
            validator.Email("email", rep.Email = input.String("email")?.ToLowerInvariant());
        }

        if (input.Has("title"))
        {
            validator.MaxLength("title", rep.Title = input.String("title"), 100);
        }

        if (input.Has("territory"))
        {
            validator.MaxLength("territory", rep.Territory = input.String("territory"), 100);
        }

        if (input.Has("capacity"))
        {
            rep.Capacity = input.Value<int>("capacity");
            if (rep.Capacity is < 0 or > 100_000)
            {
                validator.Add("capacity", "must be between 0 and 100000.");
            }
        }
    }

    /// <summary>Sets manager and team; a manager below the rep (a cycle) or an unknown/inactive manager is refused.</summary>
    private static async Task ApplyPlacementAsync(TeamDbContext db, InputReader input, SalesRep rep, Validator validator, CancellationToken ct)
    {
        if (input.Has("managerUserId"))
        {
            var managerId = input.String("managerUserId");
            if (managerId is not null)
            {
                var all = await db.Reps.Select(r => new { r.OwnerId, r.ManagerUserId, r.DeactivatedAt }).ToListAsync(ct);
                var manager = all.FirstOrDefault(r => r.OwnerId == managerId);
                if (manager is null || manager.DeactivatedAt is not null)
                {
                    validator.Add("managerUserId", $"'{managerId}' is not an active sales rep you can see.");
                }
                else
                {
                    var parents = all.ToDictionary(r => r.OwnerId, r => r.ManagerUserId, StringComparer.Ordinal);
                    var current = managerId;
                    var steps = 0;
                    while (current is not null && steps++ < all.Count + 1)
                    {
                        if (current == rep.OwnerId)
                        {
                            validator.Add("managerUserId", "would put the rep below themself in the manager tree.");
                            break;
                        }

                        current = parents.GetValueOrDefault(current);
                    }
                }
            }

            rep.ManagerUserId = managerId;
        }

        if (input.Has("teamId"))
        {
            var teamId = input.String("teamId") is null ? (Guid?)null : input.Id("teamId", "Team");
            if (teamId is { } id && !await db.Teams.AnyAsync(t => t.Id == id, ct))
            {
                validator.Add("teamId", "is not a team of this tenant.");
            }

            rep.TeamId = teamId;
        }
    }
}
