using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Security;

public static class AccessRegistration
{
    public static IServiceCollection AddCurrentAccess(this IServiceCollection services)
    {
        services.AddScoped<ICurrentAccess, CurrentAccess>();
        services.AddScoped<Audit.IAuditContext, Audit.AuditContext>();
        return services;
    }
}
