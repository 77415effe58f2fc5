using SalesSuite.ArchitectureTests.Planted;
using SalesSuite.ArchitectureTests.Planted.Aggregates;

namespace SalesSuite.ArchitectureTests;

/// <summary>
/// Aggregates own their state changes (docs/writing-a-module.md, section 4): no <c>AggregateRoot</c> subclass in any module has a
/// public or internal property setter (<c>init</c> included), so a handler changes one only through a factory or a method
/// named for what happens, which keeps the rules. Private setters suffice for EF Core. Out of scope: child entities
/// (<c>TenantEntity</c>, e.g. <c>Interaction</c>, <c>Contact</c>), which their aggregate or handler builds, and Reporting's
/// read-model rows (facts, dimensions), which are projections written by event handlers, not aggregates.
/// </summary>
public sealed class AggregateEncapsulationTests
{
    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void No_aggregate_of_a_module_has_a_public_or_internal_setter(string module)
    {
        var offenders = ArchitectureRules.AggregatePropertiesSetFromOutside(new TypeScope(SalesSuiteAssemblies.Module(module)));

        Violations.ShouldBeNone(offenders, $"{module} has aggregates whose properties code outside them can set: make the setters private "
            + "and change the state through a factory or a method named for what happens");
    }

    [Fact]
    public void The_rule_finds_each_planted_setter_and_passes_an_encapsulated_aggregate_a_child_entity_and_a_read_model()
    {
        var offenders = ArchitectureRules.AggregatePropertiesSetFromOutside(new TypeScope(typeof(AggregateEncapsulationTests).Assembly,
            PlantedNamespaces.Aggregates));

        Assert.Equal(
        [
            TypeName.Of(typeof(InternallySetAggregate)) + ".Count", TypeName.Of(typeof(InternallySetAggregate)) + ".Name",
            TypeName.Of(typeof(InternallySetAggregate)) + ".Total", TypeName.Of(typeof(PubliclySetAggregate)) + ".Status",
        ], offenders);
    }
}
