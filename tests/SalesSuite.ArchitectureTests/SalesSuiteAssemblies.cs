using System.Reflection;

namespace SalesSuite.ArchitectureTests;

/// <summary>
/// The assemblies the rules inspect, each loaded by name. NetArchTest sees one assembly at a time,
/// so every rule is given the assembly it is about, never "the current domain".
/// </summary>
internal static class SalesSuiteAssemblies
{
    /// <summary>The kernel's domain primitives: no EF Core, no GraphQL, no ASP.NET Core.</summary>
    public const string SharedKernelName = "SalesSuite.SharedKernel";

    public const string SharedKernelDataName = "SalesSuite.SharedKernel.Data";

    public const string SharedKernelGraphQLName = "SalesSuite.SharedKernel.GraphQL";
    public const string HostName = "SalesSuite.Host";
    public const string DemoName = "SalesSuite.Demo";
    public const string ModulePrefix = "SalesSuite.Modules.";

    public static readonly IReadOnlyList<string> ModuleNames =
        ["Customers", "Opportunities", "Orders", "Team", "Reporting", "Permissions", "Automation", "Integrations"];

    /// <summary>The shared kernel's assemblies, each loaded by name like every other.</summary>
    public static readonly IReadOnlyList<string> KernelNames = [SharedKernelName, SharedKernelDataName, SharedKernelGraphQLName];

    public static TheoryData<string> Modules => new(ModuleNames);

    public static TheoryData<string> Kernel => new(KernelNames);

    public static Assembly SharedKernel => Load(SharedKernelName);

    /// <summary>One of the kernel's assemblies (<see cref="KernelNames"/>).</summary>
    public static Assembly KernelAssembly(string name) => KernelNames.Contains(name)
        ? Load(name)
        : throw new ArgumentException($"{name} is not a kernel assembly.", nameof(name));

    public static Assembly Host => Load(HostName);

    /// <summary>The demo data: not a module, but it reaches the modules only through their contracts, like one.</summary>
    public static Assembly Demo => Load(DemoName);

    /// <summary>Every assembly of the product but the demo data: the host, the shared kernel, each module and its contracts.</summary>
    public static IEnumerable<Assembly> ProductWithoutDemo =>
        new[] { Host, SharedKernel }.Concat(ModuleNames.SelectMany(m => new[] { Module(m), Contracts(m) }));

    /// <summary>The module's implementation assembly; its root namespace is the same as its name.</summary>
    public static Assembly Module(string module) => Load(ModuleNamespace(module));

    /// <summary>Loaded by name: while a contracts assembly holds no types, nothing in this project names one of them.</summary>
    public static Assembly Contracts(string module) => Load(ContractsNamespace(module));

    public static string ModuleNamespace(string module) => ModulePrefix + module;

    public static string ContractsNamespace(string module) => ModuleNamespace(module) + ".Contracts";

    private static Assembly Load(string name) => Assembly.Load(new AssemblyName(name));
}
