using Microsoft.EntityFrameworkCore;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.SharedKernel.Audit;

/// <summary>
/// Owns the audit table (schema <c>audit</c>) and its migrations, which the host ships (they name provider types; see
/// <see cref="MigrationsLocation"/>). Module contexts map the same table, excluded from their migrations, so each module
/// writes its entries in the same transaction as its change.
/// </summary>
[ModuleSchema("audit")]
public sealed class AuditDbContext(DbContextOptions<AuditDbContext> options)
    : ModuleDbContext(options)
{
    public DbSet<AuditRecord> Entries => Set<AuditRecord>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
    }
}
