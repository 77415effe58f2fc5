using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SalesSuite.Host.Api.Hardening;

internal static class HardeningServices
{
    /// <summary>Rate limits, idempotency keys and the environment-dependent defaults of the GraphQL limits.</summary>
    public static IServiceCollection AddApiHardening(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.Configure<IdempotencyOptions>(configuration.GetSection(IdempotencyOptions.Section));
        services.PostConfigure<RateLimitOptions>(o => o.Enabled ??= !environment.IsDevelopment());
        services.PostConfigure<GraphQLOptions>(o => o.SuggestFields ??= environment.IsDevelopment());
        services.AddSingleton<RequestRateLimiter>();
        services.TryAddSingleton<IIdempotencyStore, InMemoryIdempotencyStore>();
        services.AddSingleton<IdempotencyGate>();
        return services;
    }
}
