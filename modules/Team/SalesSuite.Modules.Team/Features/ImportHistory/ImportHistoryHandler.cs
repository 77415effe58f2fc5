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
            var team = new SalesTeam(record.Name, record.Description);
            db.Teams.Add(team);
            teams[team.Name] = team.Id;
        }

        var added = history.Reps.Where(r => !reps.Contains(r.UserId)).ToList();
        db.Reps.AddRange(added.Select(r =>
        {
            var rep = new SalesRep(r.UserId);
            rep.Edit(new SalesRepProfile { Name = r.Name, Email = r.Email, Title = r.Title, Territory = r.Territory, Capacity = r.Capacity });
            rep.Place(r.ManagerUserId, r.TeamName is null ? null : teams[r.TeamName]);
            return rep;
        }));
        db.Targets.AddRange(history.Targets.Where(t => !targets.Contains((SalesTarget.RepKey(t.RepUserId), t.Year, t.Month)))
            .Select(t => SalesTarget.Imported(t.RepUserId, t.Year, t.Month, t.Amount, t.BaseCurrency, t.SetBy)));
        await db.SaveChangesAsync(cancellationToken);
        return added.Count;
    }
}
