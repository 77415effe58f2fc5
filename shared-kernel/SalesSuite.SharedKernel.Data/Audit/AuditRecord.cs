using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

/// <summary>
/// One change (or sensitive read) in the tenant's audit log. Entries are numbered per tenant and chained: each
/// carries the hash of the one before, so an edited or deleted row breaks the chain at that point.
/// </summary>
public sealed class AuditRecord : TenantEntity
{
    public long Sequence { get; set; }

    /// <summary>When it happened, in UTC whole milliseconds (<see cref="CanonicalTime"/>): what every provider stores exactly.</summary>
    public DateTimeOffset At { get; set; }

    public string ActorId { get; set; } = string.Empty;

    /// <summary>The GraphQL operation (mutation field) or job that made the change.</summary>
    public string Operation { get; set; } = string.Empty;

    public string Module { get; set; } = string.Empty;

    public string EntityType { get; set; } = string.Empty;

    public string EntityId { get; set; } = string.Empty;

    /// <summary>CREATED, UPDATED, DELETED, READ or EXPORTED, or a module's own verb (<see cref="IAuditLog"/>).</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>JSON: <c>{"field": {"before": ..., "after": ...}}</c> of the changed fields.</summary>
    public string Changes { get; set; } = "{}";

    public string? RequestId { get; set; }

    public string? ClientAddress { get; set; }

    public string PreviousHash { get; set; } = string.Empty;

    public string Hash { get; set; } = string.Empty;

    public void RecordId(Guid id) => Id = id;

    /// <summary>A new entry of the current request or job (<paramref name="audit"/>), not yet numbered or chained.</summary>
    internal static AuditRecord Create(IAuditContext audit, string tenantId, DateTimeOffset now, string operation, string module, string entityType,
        string entityId, string action, string changes)
    {
        var record = new AuditRecord
        {
            At = CanonicalTime(now),
            ActorId = audit.ActorId ?? "system",
            Operation = operation,
            Module = module,
            EntityType = entityType,
            EntityId = entityId,
            Action = action,
            Changes = changes,
            RequestId = audit.RequestId,
            ClientAddress = audit.ClientAddress,
            TenantId = tenantId,
        };
        record.RecordId(Guid.CreateVersion7());
        return record;
    }

    /// <summary>
    /// The hash covers only values that come back from every provider exactly as they were written: strings, whole
    /// numbers, and the time as UTC whole milliseconds (SQLite keeps 0.1 ms, PostgreSQL 1 µs, SQL Server 100 ns).
    /// </summary>
    public string ComputeHash()
    {
        var canonical = string.Join('\u001f',
            Sequence.ToString(CultureInfo.InvariantCulture), TenantId, CanonicalTime(At).ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ActorId, Operation, Module, EntityType, EntityId, Action, Changes, RequestId ?? string.Empty, ClientAddress ?? string.Empty, PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>An instant as the audit log keeps it: UTC, truncated to whole milliseconds, so it survives any provider's round trip.</summary>
    public static DateTimeOffset CanonicalTime(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
