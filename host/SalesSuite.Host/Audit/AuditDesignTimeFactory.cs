using Microsoft.EntityFrameworkCore.Design;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Host.Audit;

/// <summary>
/// For <c>scripts/add-migration.sh Audit</c>: the audit context's migrations are generated code that names provider types,
/// so they live here, in the one assembly that references the providers (registered with <see cref="MigrationsLocation"/>).
/// </summary>
internal sealed class AuditDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args)
    {
        Data.Providers.DatabaseEngineRegistration.RegisterAll();
        return DesignTimeContexts.Create<AuditDbContext>(
            DatabaseProviders.Parse(Environment.GetEnvironmentVariable("SALESSUITE_EF_PROVIDER")), typeof(AuditDesignTimeFactory).Assembly);
    }
}
