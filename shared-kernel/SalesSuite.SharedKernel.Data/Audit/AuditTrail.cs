using System.Buffers;
using System.Text;
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

    /// <summary>Model annotation on entity types that are machine records, not business data (e.g. webhook delivery attempts): never audited.</summary>
    public const string NotAuditedAnnotation = "salessuite:not-audited";

    /// <summary>
    /// Keeps the entity type out of the audit log: for operational records a module writes by itself at a high rate (delivery attempts),
    /// like the outbox. The business changes that cause them stay audited.
    /// </summary>
    public static Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> IsNotAudited<T>(
        this Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> entity)
        where T : class => entity.HasAnnotation(NotAuditedAnnotation, true);

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
            if (action is null || entry.Metadata.FindAnnotation(NotAuditedAnnotation) is not null)
            {
                continue;
            }

            var changes = Changes(entry);
            if (action == "UPDATED" && changes.Count == 0)
            {
                continue;
            }

            var record = AuditRecord.Create(audit, context.CurrentTenantId, now, audit.Operation!, module, entry.Metadata.ClrType.Name,
                ((TenantEntity)entry.Entity).Id.ToString("N"), action, Json(changes));
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

    /// <summary>What changed, by property name (owned ones as <c>Address.City</c>), in ordinal order.</summary>
    private static List<Change> Changes(EntityEntry entry)
    {
        var changes = new List<Change>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name is nameof(ITenantOwned.TenantId) or nameof(AggregateRoot.UpdatedAt) or nameof(AggregateRoot.Version) or nameof(AggregateRoot.CreatedAt))
            {
                continue;
            }

            if (entry.State == EntityState.Modified && !property.IsModified)
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : property.OriginalValue;
            var after = entry.State == EntityState.Deleted ? null : property.CurrentValue;
            if (entry.State == EntityState.Modified && Equals(Normalize(before), Normalize(after)))
            {
                continue;
            }

            changes.Add(new Change(name, IsSensitive(property.Metadata), before, after));
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
                    changes.Add(new Change(reference.Metadata.Name + "." + property.Metadata.Name, IsSensitive(property.Metadata), before, after));
                }
            }
        }

        changes.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return changes;
    }

    /// <summary>
    /// <c>{"Name":{"before":…,"after":…},…}</c>, written directly (as <see cref="JsonSerializer"/> wrote the same dictionaries,
    /// byte for byte); values of protected properties are not copied into the log, only that they changed.
    /// </summary>
    internal static string Json(List<Change> changes)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var change in changes)
            {
                writer.WritePropertyName(change.Name);
                writer.WriteStartObject();
                WriteSide(writer, "before", change.Before, change.Sensitive);
                WriteSide(writer, "after", change.After, change.Sensitive);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteSide(Utf8JsonWriter writer, string side, object? value, bool sensitive)
    {
        writer.WritePropertyName(side);
        WriteValue(writer, sensitive && value is not null ? "(protected)" : Normalize(value));
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case Guid id:
                writer.WriteStringValue(id);
                break;
            case DateTimeOffset instant:
                writer.WriteStringValue(instant);
                break;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                break;
        }
    }

    private static bool IsSensitive(Microsoft.EntityFrameworkCore.Metadata.IReadOnlyProperty property) =>
        property.FindAnnotation(SensitiveAnnotation) is not null;

    /// <summary>One property's change; a sensitive one's values are not copied into the log.</summary>
    internal sealed record Change(string Name, bool Sensitive, object? Before, object? After);

    private static object? Normalize(object? value) => value switch
    {
        null => null,
        System.Collections.IEnumerable list and not string => string.Join(",", list.Cast<object?>()),
        Enum e => e.ToString(),
        _ => value,
    };
}
