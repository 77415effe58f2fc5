using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

/// <summary>Turns a context's pending changes into audit entries and chains them.</summary>
public static class AuditTrail
{
    /// <summary>Model annotation on properties whose values the audit log must not copy (e.g. encrypted contact data).</summary>
    public const string SensitiveAnnotation = "salessuite:sensitive";

    internal static List<AuditRecord> Collect(ModuleDbContext context, IAuditContext audit, DateTimeOffset now)
    {
        var records = new List<AuditRecord>();
        var module = context.SchemaName;
        foreach (
            var entry in context.ChangeTracker.Entries().Where(
                e => e.Entity is TenantEntity and not AuditRecord and not Events.OutboxMessage and not Events.InboxMessage))
        {
            var action = entry.State switch
            {
                EntityState.Added => "CREATED",
                EntityState.Modified => "UPDATED",
                EntityState.Deleted => "DELETED",
                _ => null,
            };
            if (action is null)
            {
                continue;
            }

            var changes = Changes(entry);
            if (action == "UPDATED" && changes.Count == 0)
            {
                continue;
            }

            var record = AuditRecord.Create(audit, context.CurrentTenantId, now, audit.Operation!, module, entry.Metadata.ClrType.Name,
                ((TenantEntity)entry.Entity).Id.ToString("N"), action, JsonSerializer.Serialize(changes));
            records.Add(record);
        }

        return records;
    }

    internal static void Chain(List<AuditRecord> records, long lastSequence, string lastHash)
    {
        foreach (var record in records)
        {
            record.Sequence = ++lastSequence;
            record.PreviousHash = lastHash;
            record.Hash = record.ComputeHash();
            lastHash = record.Hash;
        }
    }

    private static SortedDictionary<string, object?> Changes(EntityEntry entry)
    {
        var changes = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(ITenantOwned.TenantId) or nameof(AggregateRoot.UpdatedAt) or nameof(AggregateRoot.Version) or nameof(AggregateRoot.CreatedAt))
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            if (entry.State == EntityState.Modified && Equals(Normalize(before), Normalize(after)))
            {
                continue;
            }

            changes[name] = Change(property.Metadata, before, after);
        }

        foreach (var reference in entry.References.Where(r => r.TargetEntry is not null && r.Metadata.TargetEntityType.IsOwned()))
        {
            var owned = reference.TargetEntry!;
            foreach (var property in owned.Properties.Where(p => !p.Metadata.IsShadowProperty() && (entry.State != EntityState.Modified || p.IsModified)))
            {
                var before = entry.State == EntityState.Added ? null : property.OriginalValue;
                var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
                if (entry.State != EntityState.Modified || !Equals(before, after))
                {
                    changes[reference.Metadata.Name + "." + property.Metadata.Name] = Change(property.Metadata, before, after);
                }
            }
        }

        return changes;
    }

    /// <summary>Values of protected properties are not copied into the log: only that they changed.</summary>
    private static Dictionary<string, object?> Change(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property, object? before, object? after)
    {
        var sensitive = property.FindAnnotation(SensitiveAnnotation) is not null;
        return new Dictionary<string, object?>
        {
            ["before"] = sensitive && before is not null ? "(protected)" : Normalize(before),
            ["after"] = sensitive && after is not null ? "(protected)" : Normalize(after),
        };
    }

    private static object? Normalize(object? value) => value switch
    {
        null => null,
        System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object?>()),
        Enum e => e.ToString(),
        _ => value,
    };
}
