using SalesSuite.ArchitectureTests.Planted;
using SalesSuite.ArchitectureTests.Planted.DemoData;

namespace SalesSuite.ArchitectureTests;

/// <summary>
/// Demo data lives only in SalesSuite.Demo, which writes it through the modules' contracts (like a module); a module's seeder
/// gives every tenant the same defaults.
/// </summary>
public sealed class DemoDataTests
{
    private static readonly System.Reflection.Assembly Planted = typeof(DemoDataTests).Assembly;

    [Fact]
    public void The_demo_data_uses_no_modules_internals_only_their_contracts()
    {
        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(SalesSuiteAssemblies.Demo), InternalTypesOfModules());

        Violations.ShouldBeNone(offenders, "SalesSuite.Demo uses types of a module outside SalesSuite.Modules.<Module>.Contracts");
    }

    [Fact]
    public void The_demo_data_references_only_the_shared_kernel_and_contracts()
    {
        var offenders = ArchitectureRules.ReferencedImplementationAssemblies(SalesSuiteAssemblies.Demo);

        Violations.ShouldBeNone(offenders, "SalesSuite.Demo references a module's implementation assembly or the host");
    }

    [Fact]
    public void No_type_of_demo_data_lives_outside_SalesSuite_Demo()
    {
        var offenders = SalesSuiteAssemblies.ProductWithoutDemo
            .SelectMany(assembly => ArchitectureRules.TypesNamedStartingWith(new TypeScope(assembly), "Demo"))
            .ToList();

        Violations.ShouldBeNone(offenders, "A type named Demo... (demo data) lives outside SalesSuite.Demo");
    }

    [Fact]
    public void No_seeder_outside_SalesSuite_Demo_writes_records_for_some_tenants_only()
    {
        var offenders = SalesSuiteAssemblies.ProductWithoutDemo
            .SelectMany(assembly => ArchitectureRules.SeedersTellingTenantsApart(new TypeScope(assembly)))
            .ToList();

        Violations.ShouldBeNone(
            offenders, "A seeder outside SalesSuite.Demo reads which tenant it seeds: sample records for some tenants are demo data");
    }

    [Fact]
    public void The_demo_seeder_is_found_by_the_seeder_rule()
    {
        // The rule sees through async state machines: SalesSuite.Demo's own seeder, which tells demo from acme, is one.
        Assert.Equal(["SalesSuite.Demo.DemoSeeder"], ArchitectureRules.SeedersTellingTenantsApart(new TypeScope(SalesSuiteAssemblies.Demo)));
    }

    [Fact]
    public void The_demo_data_rules_flag_planted_demo_data_and_a_planted_tenant_specific_seeder()
    {
        var scope = new TypeScope(Planted, PlantedNamespaces.DemoData);

        Assert.Equal([TypeName.Of(typeof(DemoAccounts))], ArchitectureRules.TypesNamedStartingWith(scope, "Demo"));
        Assert.Equal([TypeName.Of(typeof(SeedsSampleRecordsForOneTenant))], ArchitectureRules.SeedersTellingTenantsApart(scope));
        Assert.Equal([TypeName.Of(typeof(SeedsThroughTheModule))], ArchitectureRules.TypesUsingAny(scope, InternalTypesOfModules()));
    }

    private static List<string> InternalTypesOfModules() =>
        [.. SalesSuiteAssemblies.ModuleNames.SelectMany(m => ArchitectureRules.InternalTypesOf(SalesSuiteAssemblies.Module(m),
            SalesSuiteAssemblies.ModuleNamespace(m)))];
}
