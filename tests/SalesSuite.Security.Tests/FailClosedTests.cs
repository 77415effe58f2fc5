using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;
using SalesSuite.Testing;

namespace SalesSuite.Security.Tests;

/// <summary>
/// Module data is reachable only inside a tenant scope with an access grant: a DI scope of the running host that
/// lacks either gets an exception from the module context factory, never a context (and so never a row).
/// </summary>
public abstract class FailClosedTests(SecurityAppFixture fixture)
{
    private SalesSuiteApp App => fixture.App;

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public void A_scope_without_a_tenant_gets_no_context_for_users_or_for_the_system(string context)
    {
        using var scope = App.Services.CreateScope();
        var factory = FactoryFor(scope.ServiceProvider, context);

        var forUser = Record.Exception(() => CountFirstTenantOwnedSet(factory, "Create"));
        var forSystem = Record.Exception(() => CountFirstTenantOwnedSet(factory, "CreateForSystem"));

        Assert.IsType<MissingTenantException>(forUser);
        Assert.IsType<MissingTenantException>(forSystem);
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public async Task A_scope_with_a_tenant_but_no_access_grant_gets_no_context(string context)
    {
        using var scope = App.Services.CreateScope();
        var demo = await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindAsync("demo");
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(demo!);
        var factory = FactoryFor(scope.ServiceProvider, context);

        var error = Record.Exception(() => CountFirstTenantOwnedSet(factory, "Create"));

        Assert.IsAssignableFrom<InvalidOperationException>(error);
        Assert.Contains("No access grant", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_factory_in_a_proper_tenant_scope_reads_that_tenants_rows()
    {
        var customers = ModuleContexts.All.Single(t => t.Name == "CustomersDbContext");
        var tenants = App.Services.GetRequiredService<ITenantStore>();
        var scopes = App.Services.GetRequiredService<IServiceScopeFactory>();

        await using var demo = scopes.CreateTenantScope((await tenants.FindAsync("demo"))!);
        await using var acme = scopes.CreateTenantScope((await tenants.FindAsync("acme"))!);

        Assert.True(CountFirstTenantOwnedSet(FactoryFor(demo.ServiceProvider, customers.FullName!), "Create") >= 60);
        Assert.True(CountFirstTenantOwnedSet(FactoryFor(acme.ServiceProvider, customers.FullName!), "Create") >= 5);
    }

    [Theory]
    [MemberData(nameof(ModuleContexts.Names), MemberType = typeof(ModuleContexts))]
    public async Task A_pooled_context_serves_the_next_scope_with_that_scopes_tenant_only(string context)
    {
        var tenants = App.Services.GetRequiredService<ITenantStore>();
        var scopes = App.Services.GetRequiredService<IServiceScopeFactory>();
        int demoRows, acmeRows;
        DbContext first, second;
        await using (var demo = scopes.CreateTenantScope((await tenants.FindAsync("demo"))!))
        {
            (first, demoRows) = CountFirstTenantOwnedSetOf(FactoryFor(demo.ServiceProvider, context), "Create");
        }

        await using (var acme = scopes.CreateTenantScope((await tenants.FindAsync("acme"))!))
        {
            (second, acmeRows) = CountFirstTenantOwnedSetOf(FactoryFor(acme.ServiceProvider, context), "Create");
        }

        // The second scope got the instance the first one returned, and with it only its own tenant's rows.
        Assert.Same(first, second);
        await using (var demo = scopes.CreateTenantScope((await tenants.FindAsync("demo"))!))
        {
            Assert.Equal(demoRows, CountFirstTenantOwnedSetOf(FactoryFor(demo.ServiceProvider, context), "CreateForSystem").Rows);
        }

        await using (var acme = scopes.CreateTenantScope((await tenants.FindAsync("acme"))!))
        {
            var acmeAgain = CountFirstTenantOwnedSetOf(FactoryFor(acme.ServiceProvider, context), "CreateForSystem").Rows;
            Assert.Equal(acmeAgain, acmeRows);
            if (context.EndsWith(".CustomersDbContext", StringComparison.Ordinal))
            {
                Assert.True(demoRows >= 60 && acmeRows is >= 5 and < 60, $"demo {demoRows}, acme {acmeRows}");
            }
        }
    }

    private static object FactoryFor(IServiceProvider services, string context) =>
        services.GetRequiredService(typeof(ModuleDbContextFactory<>).MakeGenericType(ModuleContexts.Named(context)));

    /// <summary>Creates a context with the factory's <paramref name="method"/> and counts the rows of its first tenant-owned entity.</summary>
    private static int CountFirstTenantOwnedSet(object factory, string method) => CountFirstTenantOwnedSetOf(factory, method).Rows;

    /// <summary>As <see cref="CountFirstTenantOwnedSet"/>, and the context it used (disposed: back in its pool).</summary>
    private static (DbContext Context, int Rows) CountFirstTenantOwnedSetOf(object factory, string method)
    {
        using var db = (DbContext)Invoke(factory.GetType().GetMethod(method)!, factory);
        var entity = db.Model.GetEntityTypes().First(e => !e.IsOwned() && typeof(ITenantOwned).IsAssignableFrom(e.ClrType)).ClrType;
        var set = Invoke(typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(entity), db);
        var count = typeof(Queryable).GetMethods().Single(m => m.Name == nameof(Queryable.Count) && m.GetParameters().Length == 1).MakeGenericMethod(entity);
        return (db, (int)Invoke(count, null, set));
    }

    private static object Invoke(MethodInfo method, object? target, params object?[] arguments)
    {
        try
        {
            return method.Invoke(target, arguments)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(ex.InnerException).Throw();
            throw;
        }
    }
}

public sealed class FailClosedOnSqlite(SqliteSecurityFixture fixture) : FailClosedTests(fixture), IClassFixture<SqliteSecurityFixture>;

public sealed class FailClosedOnPostgres(PostgresSecurityFixture fixture) : FailClosedTests(fixture), IClassFixture<PostgresSecurityFixture>;
