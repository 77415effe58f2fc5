using SalesSuite.ArchitectureTests.Planted;
using SalesSuite.ArchitectureTests.Planted.DomainKernel;
using SalesSuite.ArchitectureTests.Planted.Kernel;

namespace SalesSuite.ArchitectureTests;

/// <summary>
/// The shared kernel knows no module and no host, and no database provider; its domain primitives know no EF Core, GraphQL or
/// ASP.NET Core. The host finds modules by scanning and names none.
/// </summary>
public sealed class KernelAndHostTests
{
    private static readonly System.Reflection.Assembly Planted = typeof(KernelAndHostTests).Assembly;

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Kernel), MemberType = typeof(SalesSuiteAssemblies))]
    public void The_shared_kernel_uses_no_module_type_and_no_host_type(string kernel)
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(SalesSuiteAssemblies.KernelAssembly(kernel)), ArchitectureRules.NamespacesTheSharedKernelMustNotUse);

        Violations.ShouldBeNone(offenders, $"{kernel} uses a SalesSuite.Modules or SalesSuite.Host type");
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Kernel), MemberType = typeof(SalesSuiteAssemblies))]
    public void The_shared_kernel_references_no_SalesSuite_assembly_but_its_own(string kernel)
    {
        var offenders = ArchitectureRules.ReferencedNonKernelSalesSuiteAssemblies(SalesSuiteAssemblies.KernelAssembly(kernel));

        Violations.ShouldBeNone(offenders, $"{kernel} references a module or host assembly");
    }

    [Fact]
    public void The_kernels_domain_primitives_use_no_EF_Core_GraphQL_or_ASP_NET_Core_type()
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(SalesSuiteAssemblies.SharedKernel), ArchitectureRules.NamespacesTheDomainKernelMustNotUse);

        Violations.ShouldBeNone(offenders, "SalesSuite.SharedKernel uses an EF Core, GraphQL or ASP.NET Core type; move it to .Data or .GraphQL");
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Kernel), MemberType = typeof(SalesSuiteAssemblies))]
    public void No_kernel_assembly_references_a_database_provider(string kernel)
    {
        var offenders = ArchitectureRules.ReferencedProviderAssemblies(SalesSuiteAssemblies.KernelAssembly(kernel));

        Violations.ShouldBeNone(offenders, $"{kernel} references a database provider; providers are the host's (an IDatabaseEngine in Data/Providers)");
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
    public void The_domain_kernel_rule_flags_planted_uses_of_EF_Core_GraphQL_and_ASP_NET_Core()
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(Planted, PlantedNamespaces.DomainKernel), ArchitectureRules.NamespacesTheDomainKernelMustNotUse);

        Assert.Equal([TypeName.Of(typeof(UsesAspNetCore)), TypeName.Of(typeof(UsesEfCore)), TypeName.Of(typeof(UsesGraphQL))], offenders);
    }

    [Fact]
    public void The_provider_reference_rule_flags_planted_references_to_providers()
    {
        // This test assembly uses SqliteConnection, NpgsqlConnection and SqlConnection (planted violations).
        var offenders = ArchitectureRules.ReferencedProviderAssemblies(Planted);

        Assert.Equal(["Microsoft.Data.SqlClient", "Microsoft.Data.Sqlite", "Npgsql"], offenders);
        Assert.DoesNotContain("Microsoft.EntityFrameworkCore", offenders);
    }

    [Fact]
    public void The_kernel_reference_rule_allows_the_kernels_own_assemblies_only()
    {
        // This test assembly references the three kernel assemblies (allowed) and the host and Customers (planted violations).
        var offenders = ArchitectureRules.ReferencedNonKernelSalesSuiteAssemblies(Planted);

        Assert.Contains(SalesSuiteAssemblies.HostName, offenders);
        Assert.Contains(SalesSuiteAssemblies.ModuleNamespace("Customers"), offenders);
        Assert.DoesNotContain(offenders, SalesSuiteAssemblies.KernelNames.Contains);
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
