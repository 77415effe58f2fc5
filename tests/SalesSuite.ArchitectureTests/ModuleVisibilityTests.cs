using SalesSuite.ArchitectureTests.Planted;
using SalesSuite.ArchitectureTests.Planted.Visibility;
using SalesSuite.ArchitectureTests.Planted.Visibility.Contracts;

namespace SalesSuite.ArchitectureTests;

/// <summary>Module types are internal unless another assembly needs them; the host needs exactly one, the module class.</summary>
public sealed class ModuleVisibilityTests
{
    private static readonly System.Reflection.Assembly Planted = typeof(ModuleVisibilityTests).Assembly;

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void A_module_keeps_its_types_internal_except_its_module_class(string module)
    {
        var offenders = ArchitectureRules.PublicTypesThatShouldBeInternal(new TypeScope(SalesSuiteAssemblies.Module(module)));

        Violations.ShouldBeNone(offenders, $"{module} has public types other than its module class and the named exemptions "
            + $"({string.Join(", ", ArchitectureRules.PublicBaseTypeExemptions.Keys.Select(t => t.Name))})");
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void A_module_has_exactly_one_public_module_class_in_its_root_namespace(string module)
    {
        var moduleClasses = ArchitectureRules.PublicModuleClasses(new TypeScope(SalesSuiteAssemblies.Module(module)));

        var moduleClass = Assert.Single(moduleClasses);
        Assert.StartsWith(SalesSuiteAssemblies.ModuleNamespace(module) + ".", moduleClass, StringComparison.Ordinal);
        Assert.DoesNotContain('.', moduleClass[(SalesSuiteAssemblies.ModuleNamespace(module).Length + 1)..]);
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void A_module_implementation_keeps_no_contracts_namespace(string module)
    {
        var offenders = ArchitectureRules.TypesInContractsNamespaces(new TypeScope(SalesSuiteAssemblies.Module(module)));

        Violations.ShouldBeNone(offenders, $"{module} declares contracts in its implementation; they belong in {module}.Contracts");
    }

    [Fact]
    public void The_visibility_rule_flags_a_planted_public_service_but_not_the_module_class_nor_the_named_exemptions()
    {
        var offenders = ArchitectureRules.PublicTypesThatShouldBeInternal(new TypeScope(Planted, PlantedNamespaces.Visibility));

        Assert.Equal([TypeName.Of(typeof(AccidentallyPublicService))], offenders);
    }

    [Fact]
    public void The_module_class_rule_finds_the_planted_module_class()
    {
        var moduleClasses = ArchitectureRules.PublicModuleClasses(new TypeScope(Planted, PlantedNamespaces.Visibility));

        Assert.Equal([TypeName.Of(typeof(FakeModule))], moduleClasses);
    }

    [Fact]
    public void The_contracts_placement_rule_flags_a_planted_contract_in_an_implementation_namespace()
    {
        var offenders = ArchitectureRules.TypesInContractsNamespaces(new TypeScope(Planted, PlantedNamespaces.Visibility));

        Assert.Equal([TypeName.Of(typeof(MisplacedContract))], offenders);
    }
}
