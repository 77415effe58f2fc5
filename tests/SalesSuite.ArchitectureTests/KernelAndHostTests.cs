using SalesSuite.ArchitectureTests.Planted;
using SalesSuite.ArchitectureTests.Planted.Kernel;

namespace SalesSuite.ArchitectureTests;

/// <summary>The shared kernel knows no module and no host; the host finds modules by scanning and names none.</summary>
public sealed class KernelAndHostTests
{
    private static readonly System.Reflection.Assembly Planted = typeof(KernelAndHostTests).Assembly;

    [Fact]
    public void The_shared_kernel_uses_no_module_type_and_no_host_type()
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(SalesSuiteAssemblies.SharedKernel), ArchitectureRules.NamespacesTheSharedKernelMustNotUse);

        Violations.ShouldBeNone(offenders, "The shared kernel uses a SalesSuite.Modules or SalesSuite.Host type");
    }

    [Fact]
    public void The_shared_kernel_references_no_other_SalesSuite_assembly()
    {
        var offenders = ArchitectureRules.ReferencedSalesSuiteAssemblies(SalesSuiteAssemblies.SharedKernel);

        Violations.ShouldBeNone(offenders, "The shared kernel references a module or host assembly");
    }

    [Fact]
    public void The_host_uses_no_module_type_not_even_a_contract()
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(SalesSuiteAssemblies.Host), ArchitectureRules.NamespacesTheHostMustNotUse);

        Violations.ShouldBeNone(offenders, "The host names a module type; it must find modules by scanning");
    }

    [Fact]
    public void The_host_compiled_code_references_no_module_assembly()
    {
        // The host's project references modules only so that they are deployed; the compiler keeps none of them
        // in the host's metadata unless code uses one of their types.
        var offenders = ArchitectureRules.ReferencedModuleAssemblies(SalesSuiteAssemblies.Host);

        Violations.ShouldBeNone(offenders, "The host's code references a module assembly");
    }

    [Fact]
    public void The_kernel_rule_flags_planted_uses_of_a_module_and_of_the_host()
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(Planted, PlantedNamespaces.Kernel), ArchitectureRules.NamespacesTheSharedKernelMustNotUse);

        Assert.Equal([TypeName.Of(typeof(KnowsAModule)), TypeName.Of(typeof(KnowsTheHost))], offenders);
    }

    [Fact]
    public void The_host_rule_flags_a_planted_use_of_a_module()
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(Planted, PlantedNamespaces.Kernel), ArchitectureRules.NamespacesTheHostMustNotUse);

        Assert.Equal([TypeName.Of(typeof(KnowsAModule))], offenders);
    }

    [Fact]
    public void The_kernel_and_host_reference_rules_flag_planted_references()
    {
        // This test assembly uses CustomersModule and ModuleCatalog (planted violations).
        Assert.Contains(SalesSuiteAssemblies.HostName, ArchitectureRules.ReferencedSalesSuiteAssemblies(Planted));
        Assert.Equal([SalesSuiteAssemblies.ModuleNamespace("Customers")], ArchitectureRules.ReferencedModuleAssemblies(Planted));
    }
}
