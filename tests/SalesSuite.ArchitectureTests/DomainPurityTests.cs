using SalesSuite.ArchitectureTests.Planted.ImpureDomain.Domain;

namespace SalesSuite.ArchitectureTests;

/// <summary>
/// A module's <c>Domain</c> holds aggregates, value objects and their rules only: no EF Core, GraphQL or ASP.NET Core type
/// (those belong in <c>Data</c>, <c>Api</c>, <c>Features</c> and <c>Integration</c>). Every built-in module is held to it
/// (docs/writing-a-module.md, section 2a).
/// </summary>
public sealed class DomainPurityTests
{
    /// <summary>What a Domain must not use: EF Core, GraphQL (the engine and the kernel's GraphQL helpers) and ASP.NET Core.</summary>
    public static readonly IReadOnlyList<string> NamespacesADomainMustNotUse =
        ["Microsoft.EntityFrameworkCore", "GraphQL", "SalesSuite.SharedKernel.GraphQL", "Microsoft.AspNetCore"];


    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void Every_module_s_domain_uses_no_EF_Core_GraphQL_or_ASP_NET_Core_type(string module)
    {
        var offenders = ArchitectureRules.TypesUsingAny(
            new TypeScope(SalesSuiteAssemblies.Module(module), SalesSuiteAssemblies.ModuleNamespace(module) + ".Domain"), NamespacesADomainMustNotUse);

        Violations.ShouldBeNone(offenders, $"{module}'s Domain uses an EF Core, GraphQL or ASP.NET Core type");
    }

    [Fact]
    public void The_rule_finds_each_planted_violation_and_passes_plain_code()
    {
        const string domain = "SalesSuite.ArchitectureTests.Planted.ImpureDomain.Domain";
        var offenders = ArchitectureRules.TypesUsingAny(new TypeScope(typeof(DomainPurityTests).Assembly, domain), NamespacesADomainMustNotUse);

        Assert.Equal([TypeName.Of(typeof(KnowsAspNetCore)), TypeName.Of(typeof(KnowsEfCore)), TypeName.Of(typeof(KnowsGraphQL))], offenders);
    }
}
