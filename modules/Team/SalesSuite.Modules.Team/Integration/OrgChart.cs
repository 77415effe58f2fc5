using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.Modules.Team.Data;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Team.Integration;

/// <summary>
/// Reads the whole manager tree of the tenant (user id, manager) in one query per request and walks it in memory;
/// it is small next to the records it scopes. Read fresh every request, so a move is seen at once.
/// </summary>
internal sealed class OrgChart(ModuleDbContextFactory<TeamDbContext> contexts) : IOrgChart
{
    private Dictionary<string, string?>? _managers;

    public async Task<IReadOnlyList<string>> SubtreeAsync(string userId, CancellationToken cancellationToken)
    {
        var managers = await LoadAsync(cancellationToken);
        var children = managers.Where(m => m.Value is not null).ToLookup(m => m.Value!, m => m.Key);
        var result = new List<string> { userId };
        var seen = new HashSet<string>(StringComparer.Ordinal) { userId };
        for (var i = 0; i < result.Count; i++)
        {
            foreach (var child in children[result[i]])
            {
                if (seen.Add(child))
                {
                    result.Add(child);
                }
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<string>> ManagerChainAsync(string userId, CancellationToken cancellationToken)
    {
        var managers = await LoadAsync(cancellationToken);
        var chain = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { userId };
        var current = userId;
        while (managers.TryGetValue(current, out var manager) && manager is not null && seen.Add(manager))
        {
            chain.Add(manager);
            current = manager;
        }

        return chain;
    }

    private async Task<Dictionary<string, string?>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_managers is null)
        {
            await using var db = contexts.CreateForSystem();
            var rows = await db.Reps.Select(r => new { r.OwnerId, r.ManagerUserId }).ToListAsync(cancellationToken);
            _managers = rows.ToDictionary(r => r.OwnerId, r => r.ManagerUserId, StringComparer.Ordinal);
        }

        return _managers;
    }
}
