using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Tenancy;

public static class TenantScopes
{
    /// <summary>Creates a DI scope that belongs to <paramref name="tenant"/>: the way background work reaches tenant data.</summary>
    public static AsyncServiceScope CreateTenantScope(this IServiceScopeFactory factory, TenantInfo tenant)
    {
        var scope = factory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Set(tenant);
        scope.ServiceProvider.GetService<Security.ICurrentAccess>()?.Set(Security.AccessGrant.System);
        return scope;
    }

    public static IServiceCollection AddTenantContext(this IServiceCollection services)
    {
        services.AddScoped<ITenantContext, TenantContext>();
        return services;
    }
}
