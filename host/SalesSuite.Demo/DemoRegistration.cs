using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Demo;

/// <summary>The host's one call for the demo data (only while <c>Seed:Demo</c> is on).</summary>
public static class DemoRegistration
{
    /// <summary>Seeds the <c>demo</c> and <c>acme</c> tenants after the modules' own seeders (register it after the modules).</summary>
    public static IServiceCollection AddSalesSuiteDemo(this IServiceCollection services) => services.AddScoped<IModuleSeeder, DemoSeeder>();
}
