using System.Collections.Concurrent;
using System.Text.Json;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

/// <summary>Collects the sensitive fields a request reads, then writes them to the audit log in one go.</summary>
public sealed class SensitiveReadLog(ModuleDbContextFactory<AuditDbContext> contexts, IAuditContext audit, TimeProvider clock)
{
    private readonly ConcurrentDictionary<(string Type, string Field), ConcurrentDictionary<string, byte>> _reads = new();

    public void Record(string typeName, string field, Guid? id) =>
        _reads.GetOrAdd((typeName, field), _ => new()).TryAdd(id?.ToString("N") ?? "?", 0);

    public async Task FlushAsync(string operation, CancellationToken cancellationToken)
    {
        if (_reads.IsEmpty)
        {
            return;
        }

        var now = clock.GetUtcNow();
        await using var db = contexts.CreateForSystem();
        var records = new List<AuditRecord>();
        foreach (var byType in _reads.GroupBy(r => r.Key.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = byType.SelectMany(r => r.Value.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
            var changes = JsonSerializer.Serialize(new
            {
                fields = byType.Select(r => r.Key.Field).Order(StringComparer.Ordinal),
                records = ids.Take(1000),
                count = ids.Count
            });
            var record = AuditRecord.Create(audit, db.CurrentTenantId, now, operation, "graphql", byType.Key, ids.Count == 1 ? ids[0] : "*", "READ", changes);
            records.Add(record);
        }

        _reads.Clear();
        await db.SaveWithAuditAsync(records, acceptAllChangesOnSuccess: true, cancellationToken);
    }
}
