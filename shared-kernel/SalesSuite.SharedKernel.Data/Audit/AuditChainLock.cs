using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

/// <summary>
/// Serialises appends to one tenant's audit chain across every writer and every host process: the appender reads the
/// chain's head and writes after it under a transaction-scoped lock, so two writers never take the same number and a
/// user's write never fails because a background job, an import or another instance wrote at the same moment.
/// </summary>
internal static class AuditChainLock
{
    /// <summary>
    /// Takes the tenant's chain lock in the current transaction; it is released when that transaction ends. The statement is
    /// the provider's (<see cref="IDatabaseEngine.TransactionLock"/>): none on SQLite, whose transaction began IMMEDIATE and
    /// holds the database's one write lock already.
    /// </summary>
    public static async Task AcquireAsync(ModuleDbContext db, string tenantId, CancellationToken cancellationToken)
    {
        if (DatabaseEngines.For(db.Provider).TransactionLock("salessuite:audit:" + tenantId) is { } statement)
        {
            await db.Database.ExecuteSqlRawAsync(statement.Sql, statement.Parameters, cancellationToken);
        }
    }
}
