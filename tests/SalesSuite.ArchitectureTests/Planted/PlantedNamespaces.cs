namespace SalesSuite.ArchitectureTests.Planted;

/// <summary>
/// Violations planted on purpose, each in a namespace of its own, so that the tests can run a rule over
/// exactly that namespace and show that the rule fails, and names the planted offender.
/// </summary>
internal static class PlantedNamespaces
{
    private const string Root = "SalesSuite.ArchitectureTests.Planted";

    /// <summary>Plays another module: internal types, and a <c>.Contracts</c> namespace below them.</summary>
    public const string FakeModule = Root + ".CrossModule.Fake";

    public const string FakeModuleContracts = FakeModule + ".Contracts";

    /// <summary>Plays a module that uses the fake module (and the real Customers module).</summary>
    public const string Consumer = Root + ".CrossModule.Consumer";

    /// <summary>Plays the shared kernel or the host.</summary>
    public const string Kernel = Root + ".Kernel";

    /// <summary>Plays the kernel's domain primitives (<c>SalesSuite.SharedKernel</c>).</summary>
    public const string DomainKernel = Root + ".DomainKernel";

    /// <summary>Plays a kernel assembly that names a database provider.</summary>
    public const string Providers = Root + ".Providers";

    /// <summary>Plays the demo data project, and seeders of a module, for the demo data rules.</summary>
    public const string DemoData = Root + ".DemoData";

    /// <summary>Plays a module implementation assembly for the visibility rules.</summary>
    public const string Visibility = Root + ".Visibility";

    /// <summary>Plays a module's Domain for the rule that aggregates own their state changes.</summary>
    public const string Aggregates = Root + ".Aggregates";
}
