using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SalesSuite.SharedKernel.Modules;

/// <summary>
/// The contract every module (built-in or vendor) implements. The host finds implementations by scanning
/// and never names them. A module needs a public parameterless constructor.
/// </summary>
public interface IModule
{
    /// <summary>Unique module name: used in configuration, in errors and to enable/disable it per tenant.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, IConfiguration configuration);

    void AddSchema(ISchemaSlice schema);
}
