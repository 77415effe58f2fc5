using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.SharedKernel.Jobs;

public static class TenantJobRegistrations
{
    /// <summary>Registers a module's job; it is resolved (scoped) in each tenant's scope.</summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services)
        where TJob : class, ITenantJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new TenantJobRegistration(typeof(TJob)));
        return services;
    }

    /// <summary>The runner and its timer (the host calls this once).</summary>
    public static IServiceCollection AddTenantJobs(this IServiceCollection services)
    {
        services.AddSingleton<TenantJobRunner>();
        services.AddHostedService<TenantJobService>();
        return services;
    }
}
