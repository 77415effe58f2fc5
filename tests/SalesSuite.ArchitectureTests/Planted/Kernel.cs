using SalesSuite.Host.Composition;
using SalesSuite.Modules.Customers;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.ArchitectureTests.Planted.Kernel;

/// <summary>Violation for the shared kernel and the host: a module type.</summary>
internal static class KnowsAModule
{
    public static Type ModuleType => typeof(CustomersModule);
}

/// <summary>Violation for the shared kernel: a host type.</summary>
internal static class KnowsTheHost
{
    public static IReadOnlyList<LoadedModule> Loaded(ModuleCatalog catalog) => catalog.Modules;
}

/// <summary>Allowed: the module contract.</summary>
internal static class KnowsOnlyTheContract
{
    public static string NameOf(IModule module) => module.Name;
}
