using SalesSuite.ArchitectureTests.Planted;
using SalesSuite.ArchitectureTests.Planted.CrossModule.Consumer;
using SalesSuite.ArchitectureTests.Planted.CrossModule.Fake;
using SalesSuite.ArchitectureTests.Planted.CrossModule.Fake.Contracts;

namespace SalesSuite.ArchitectureTests;

/// <summary>A module sees another module only through that module's contracts.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly System.Reflection.Assembly Planted = typeof(ModuleBoundaryTests).Assembly;

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void A_module_uses_no_other_modules_internals_only_their_contracts(string module)
    {
        var forbidden = InternalTypesOf(SalesSuiteAssemblies.ModuleNames.Where(other => other != module));
        Assert.NotEmpty(forbidden);

        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(SalesSuiteAssemblies.Module(module)), forbidden);

        Violations.ShouldBeNone(offenders, $"{module} uses types of another module outside SalesSuite.Modules.<Other>.Contracts");
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void A_module_assembly_references_only_the_shared_kernel_and_contracts(string module)
    {
        var offenders = ArchitectureRules.ReferencedImplementationAssemblies(SalesSuiteAssemblies.Module(module));

        Violations.ShouldBeNone(offenders, $"{module} references another module's implementation assembly");
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void Contracts_use_no_module_internals_neither_their_own_nor_another_modules(string module)
    {
        var forbidden = InternalTypesOf(SalesSuiteAssemblies.ModuleNames);

        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(SalesSuiteAssemblies.Contracts(module)), forbidden);

        Violations.ShouldBeNone(offenders, $"{module}.Contracts uses a module's internal types");
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void A_contracts_assembly_references_only_the_shared_kernel_and_other_contracts(string module)
    {
        var offenders = ArchitectureRules.ReferencedImplementationAssemblies(SalesSuiteAssemblies.Contracts(module));

        Violations.ShouldBeNone(offenders, $"{module}.Contracts references a module's implementation assembly");
    }

    [Fact]
    public void The_cross_module_rule_flags_a_planted_use_of_another_modules_internals_but_not_of_its_contracts()
    {
        var forbidden = ArchitectureRules.InternalTypesOf(Planted, PlantedNamespaces.FakeModule)
            .Concat(InternalTypesOf(["Customers"]))
            .ToList();

        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(Planted, PlantedNamespaces.Consumer), forbidden);

        Assert.Equal([TypeName.Of(typeof(UsesCustomersModule)), TypeName.Of(typeof(UsesFakeInternals))], offenders);
    }

    [Fact]
    public void A_modules_internal_types_leave_out_its_contracts()
    {
        var internals = ArchitectureRules.InternalTypesOf(Planted, PlantedNamespaces.FakeModule);

        Assert.Equal([TypeName.Of(typeof(FakeRepository))], internals);
    }

    [Fact]
    public void A_namespace_prefix_alone_would_wrongly_flag_a_use_of_contracts()
    {
        // Why the rule names the other module's types one by one: NetArchTest matches "X.Fake" against "X.Fake.Contracts" too.
        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(Planted, PlantedNamespaces.Consumer), [PlantedNamespaces.FakeModule]);

        Assert.Contains(TypeName.Of(typeof(UsesFakeContracts)), offenders);
    }

    [Fact]
    public void The_contracts_rule_flags_a_planted_contract_that_exposes_its_modules_internals()
    {
        var forbidden = ArchitectureRules.InternalTypesOf(Planted, PlantedNamespaces.FakeModule);

        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(Planted, PlantedNamespaces.FakeModuleContracts), forbidden);

        Assert.Equal([TypeName.Of(typeof(LeakyContract))], offenders);
        Assert.DoesNotContain(TypeName.Of(typeof(FakeCreated)), offenders);
    }

    [Fact]
    public void The_reference_rule_flags_a_planted_reference_to_a_module_implementation()
    {
        // This test assembly uses CustomersModule (a planted violation), so it references the Customers implementation.
        var offenders = ArchitectureRules.ReferencedImplementationAssemblies(Planted);

        Assert.Contains(SalesSuiteAssemblies.ModuleNamespace("Customers"), offenders);
        Assert.DoesNotContain(SalesSuiteAssemblies.SharedKernelName, offenders);
    }

    private static List<string> InternalTypesOf(IEnumerable<string> modules) =>
        [.. modules.SelectMany(m => ArchitectureRules.InternalTypesOf(SalesSuiteAssemblies.Module(m), SalesSuiteAssemblies.ModuleNamespace(m)))];
}
