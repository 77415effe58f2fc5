using System.Text.Json;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

/// <summary>
/// An audit entry for an action that changes no table of the caller's own (a plugin that hands a request to another
/// system, say). Changes to a module's own tables are audited by its context's save; this is for everything else. The
/// entry joins the tenant's chain like any other, with the request's actor, operation, request id and address.
/// </summary>
public interface IAuditLog
{
    /// <summary>Appends one entry; <paramref name="action"/> is a verb in capitals (e.g. <c>REDEEMED</c>), <paramref name="details"/> is stored as
    /// JSON.</summary>
    Task RecordAsync(string module, string entityType, string entityId, string action, IReadOnlyDictionary<string, object?> details,
        CancellationToken cancellationToken);
}

internal sealed class AuditLog(ModuleDbContextFactory<AuditDbContext> contexts, IAuditContext audit, TimeProvider clock) : IAuditLog
{
    public async Task RecordAsync(string module, string entityType, string entityId, string action, IReadOnlyDictionary<string, object?> details,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(module);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        await using var db = contexts.CreateForSystem();
        var record = AuditRecord.Create(audit, db.CurrentTenantId, clock.GetUtcNow(), audit.Operation ?? "unnamed", module, entityType, entityId, action,
            JsonSerializer.Serialize(details));
        await db.SaveWithAuditAsync([record], acceptAllChangesOnSuccess: true, cancellationToken);
    }
}
