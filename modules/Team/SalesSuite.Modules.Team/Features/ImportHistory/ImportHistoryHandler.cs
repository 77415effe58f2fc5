using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Features.ImportHistory;

/// <summary>Writes an imported sales organisation and its targets (<see cref="ITeamHistoryImport"/>).</summary>
internal sealed class ImportHistoryHandler(ModuleDbContextFactory<TeamDbContext> contexts) : ITeamHistoryImport
{
    public async Task<int> ImportAsync(TeamHistory history, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        var teams = await db.Teams.ToDictionaryAsync(t => t.Name, t => t.Id, cancellationToken);
        var reps = (await db.Reps.Select(r => r.OwnerId).ToListAsync(cancellationToken)).ToHashSet();
        var targets = (await db.Targets.Where(t => t.PeriodKind == PeriodKind.Month).Select(t => new { t.SubjectKey, t.Year, t.PeriodNumber })
            .ToListAsync(cancellationToken)).Select(t => (t.SubjectKey, t.Year, t.PeriodNumber)).ToHashSet();
        foreach (var record in history.Teams.Where(t => !teams.ContainsKey(t.Name)))
        {
            var team = new SalesTeam { Name = record.Name, Description = record.Description };
            db.Teams.Add(team);
            teams[team.Name] = team.Id;
        }

        var added = history.Reps.Where(r => !reps.Contains(r.UserId)).ToList();
        db.Reps.AddRange(added.Select(r => new SalesRep
        {
            OwnerId = r.UserId,
            Name = r.Name,
            Email = r.Email,
            Title = r.Title,
            ManagerUserId = r.ManagerUserId,
            TeamId = r.TeamName is null ? null : teams[r.TeamName],
            Territory = r.Territory,
            Capacity = r.Capacity,
        }));
        db.Targets.AddRange(history.Targets.Where(t => !targets.Contains((SalesTarget.RepKey(t.RepUserId), t.Year, t.Month))).Select(t => new SalesTarget
        {
            RepUserId = t.RepUserId,
            SubjectKey = SalesTarget.RepKey(t.RepUserId),
            Year = t.Year,
            PeriodKind = PeriodKind.Month,
            PeriodNumber = t.Month,
            Amount = t.Amount,
            BaseCurrency = t.BaseCurrency,
            SetBy = t.SetBy,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}
