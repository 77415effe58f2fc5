using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SalesSuite.Host.Data.Providers;
using SalesSuite.Modules.Customers.Data;
using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>
/// SQL Server has no server to test against here: its migrations are compiled with the module, and the DDL they
/// produce is checked. Each provider's migrations must also match the current model (no pending model changes).
/// </summary>
public sealed class MigrationScriptTests
{
    /// <summary>The providers are the host's: register their engines as its start-up does.</summary>
    public MigrationScriptTests() => DatabaseEngineRegistration.RegisterAll();

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "CREATE TABLE \"customers_Customers\"")]
    [InlineData(DatabaseProvider.Postgres, "CREATE TABLE customers.\"Customers\"")]
    [InlineData(DatabaseProvider.SqlServer, "CREATE TABLE [customers].[Customers]")]
    public void Each_provider_has_its_own_migrations_producing_its_DDL(DatabaseProvider provider, string expected)
    {
        using var db = DesignTimeContexts.Create<CustomersDbContext>(provider);

        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains(expected, script);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.All(db.Database.GetMigrations(), m => Assert.DoesNotContain("Designer", m));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_migrations_of_each_provider_match_the_model(DatabaseProvider provider)
    {
        using var db = DesignTimeContexts.Create<CustomersDbContext>(provider);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: run scripts/add-migration.sh Customers <Name>.");
    }
}
