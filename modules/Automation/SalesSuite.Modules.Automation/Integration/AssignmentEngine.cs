using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.Modules.Automation.Data;
using SalesSuite.Modules.Automation.Domain;
using SalesSuite.Modules.Opportunities.Contracts;
using SalesSuite.Modules.Team.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Automation.Integration;

/// <summary>
/// Tries the tenant's active rules in order on a new record. The first rule whose conditions match and whose target has
/// an eligible active rep chooses; a rule without one is passed over (and said so in the reason). Deactivated reps are never
/// candidates. A committed choice moves the round-robin cursor (versioned; a concurrent assignment retries) and is logged.
/// </summary>
internal sealed class AssignmentEngine(ModuleDbContextFactory<AutomationDbContext> contexts, TimeProvider clock, ITenantContext tenant,
    IRepRoster? repRoster = null, IOpportunityWorkload? workload = null) : IAssignmentRules
{
    private const int Attempts = 5;

    public async Task<AssignmentDecision?> AssignAsync(AssignmentRequest request, CancellationToken cancellationToken)
    {
        if (!tenant.Tenant.IsModuleEnabled(AutomationModule.ModuleName))
        {
            return null;
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateForSystem();
            var outcome = await ChooseAsync(db, request, commit: true, cancellationToken);
            if (outcome.Rule is null || outcome.OwnerId is null)
            {
                return null;
            }

            db.AssignmentLog.Add(new AssignmentLogEntry
            {
                Kind = request.Kind,
                RecordId = request.RecordId,
                RuleId = outcome.Rule.Id,
                RuleName = outcome.Rule.Name,
                OwnerId = outcome.OwnerId,
                Reason = outcome.Reason,
                At = clock.GetUtcNow(),
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new AssignmentDecision(outcome.OwnerId, outcome.Rule.Id, outcome.Rule.Name, outcome.Reason);
            }
            catch (Exception ex) when (attempt < Attempts && DataErrors.IsConcurrencyClash(ex))
            {
                // Another assignment moved the same cursor first: choose again from where it left it.
            }
        }
    }

    /// <summary>Where the record would go, changing nothing (the round-robin cursor stays where it is).</summary>
    public async Task<AssignmentOutcome> PreviewAsync(AssignmentRequest request, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateForSystem();
        return await ChooseAsync(db, request, commit: false, cancellationToken);
    }

    private async Task<AssignmentOutcome> ChooseAsync(AutomationDbContext db, AssignmentRequest request, bool commit, CancellationToken ct)
    {
        var rules = await db.Rules.Where(r => r.Active).OrderBy(r => r.Position).ThenBy(r => r.CreatedAt).ToListAsync(ct);
        IReadOnlyList<RosterRep>? roster = null;
        var passed = new List<string>();
        foreach (var rule in rules.Where(r => r.AppliesTo(request.Kind)))
        {
            var matched = Match(rule, request);
            if (matched is null)
            {
                continue;
            }

            roster ??= repRoster is not null ? await repRoster.RepsAsync(ct) : [];
            var candidates = roster
                .Where(rep => rep.Active && (rule.TargetUserId is { } user ? rep.UserId == user : rep.TeamId == rule.TargetTeamId))
                .Where(rep => !rule.MatchTerritory || (request.Region is not null && string.Equals(rep.Territory, request.Region,
                    StringComparison.OrdinalIgnoreCase)))
                .OrderBy(rep => rep.UserId, StringComparer.Ordinal)
                .ToList();
            if (candidates.Count == 0)
            {
                passed.Add(rule.MatchTerritory ? $"'{rule.Name}' has no active rep in territory '{request.Region}'" : $"'{rule.Name}' has no active rep");
                continue;
            }

            var (chosen, why) = await PickAsync(db, rule, candidates, commit, ct);
            if (chosen is null)
            {
                passed.Add($"'{rule.Name}': {why}");
                continue;
            }

            var reason = $"Rule '{rule.Name}' ({matched}): {why}.";
            if (passed.Count > 0)
            {
                reason += $" Passed over: {string.Join("; ", passed)}.";
            }

            return new AssignmentOutcome(chosen, rule, reason);
        }

        return new AssignmentOutcome(null, null,
            passed.Count == 0 ? "No active rule matches; the creator keeps the record."
                : $"No rule could assign ({string.Join("; ", passed)}); the creator keeps the record.");
    }

    /// <summary>What the rule matched on, in words, or null when a condition fails.</summary>
    private static string? Match(AssignmentRule rule, AssignmentRequest request)
    {
        var matched = new List<string>();
        if (!MatchOne(rule.Regions, request.Region, "region", matched) || !MatchOne(rule.Levels, request.Level, "level", matched)
            || !MatchOne(rule.Sources, request.Source, "source", matched))
        {
            return null;
        }

        if (rule.Needs.Count > 0)
        {
            var need = rule.Needs.FirstOrDefault(n => request.Need?.Contains(n, StringComparison.OrdinalIgnoreCase) == true);
            if (need is null)
            {
                return null;
            }

            matched.Add($"need '{need}'");
        }

        if (rule.MinValue is { } min)
        {
            if (request.Value is not { } value || value < min)
            {
                return null;
            }

            matched.Add($"value {value:0.##} ≥ {min:0.##}");
        }

        return matched.Count == 0 ? "matches every record" : "matched " + string.Join(", ", matched);
    }

    private static bool MatchOne(List<string> allowed, string? value, string name, List<string> matched)
    {
        if (allowed.Count == 0)
        {
            return true;
        }

        if (value is null || !allowed.Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        matched.Add($"{name} '{value}'");
        return true;
    }

    private async Task<(string? UserId, string Why)> PickAsync(AutomationDbContext db, AssignmentRule rule, List<RosterRep> candidates, bool commit,
        CancellationToken ct)
    {
        switch (rule.Strategy)
        {
            case AssignmentStrategy.Fixed:
                return (candidates[0].UserId, $"fixed to {candidates[0].UserId}");
            case AssignmentStrategy.RoundRobin:
                var cursor = await db.Cursors.AsTracking().FirstOrDefaultAsync(c => c.RuleId == rule.Id, ct);
                var last = cursor?.LastUserId;
                var next = candidates.FirstOrDefault(c => last is null || string.CompareOrdinal(c.UserId, last) > 0) ?? candidates[0];
                if (commit)
                {
                    if (cursor is null)
                    {
                        db.Cursors.Add(RoundRobinCursor.Start(rule.Id, next.UserId));
                    }
                    else
                    {
                        cursor.Advance(next.UserId);
                    }
                }

                return (next.UserId, $"round robin: {next.UserId} is next after {last ?? "nobody"} among {Names(candidates)}");
        }

        var loads = workload is not null
            ? await workload.OpenCountsAsync(candidates.Select(c => c.UserId).ToList(), ct)
            : new Dictionary<string, int>();
        int Load(RosterRep rep) => loads.TryGetValue(rep.UserId, out var n) ? n : 0;
        var eligible = rule.Strategy == AssignmentStrategy.CapacityAware ? candidates.Where(c => c.Capacity is not { } cap || Load(c) < cap).ToList()
            : candidates;
        var full = candidates.Except(eligible).Select(c => $"{c.UserId} {Load(c)}/{c.Capacity}").ToList();
        if (eligible.Count == 0)
        {
            return (null, $"every rep is at capacity ({string.Join(", ", full)})");
        }

        var chosen = eligible.OrderBy(Load).First();
        var why = $"fewest open opportunities: {chosen.UserId} has {Load(chosen)} ({string.Join(", ", eligible.Select(c => $"{c.UserId} {Load(c)}"))})";
        if (rule.Strategy == AssignmentStrategy.CapacityAware)
        {
            why = $"capacity-aware, {why}" + (full.Count > 0 ? $"; at capacity: {string.Join(", ", full)}" : string.Empty);
        }

        return (chosen.UserId, why);
    }

    private static string Names(List<RosterRep> reps) => string.Join(", ", reps.Select(r => r.UserId));
}
