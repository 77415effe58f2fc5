using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
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
    /// <summary>Takes the tenant's chain lock in the current transaction; it is released when that transaction ends.</summary>
    public static async Task AcquireAsync(ModuleDbContext db, string tenantId, CancellationToken cancellationToken)
    {
        switch (db.Provider)
        {
            case DatabaseProvider.Postgres:
                // An advisory lock held until commit or rollback; waiting writers queue on it.
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [Key(tenantId)], cancellationToken);
                break;
            case DatabaseProvider.SqlServer:
                await db.Database.ExecuteSqlRawAsync(
                    "EXEC sp_getapplock @Resource = {0}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = -1",
                    ["salessuite:audit:" + tenantId], cancellationToken);
                break;
            default:
                // SQLite: the transaction began IMMEDIATE and holds the database's one write lock already.
                break;
        }
    }

    /// <summary>A stable 64-bit key per tenant: the same in every process and after every restart.</summary>
    internal static long Key(string tenantId) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("salessuite:audit:" + tenantId)));
}
