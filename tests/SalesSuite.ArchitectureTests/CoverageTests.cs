namespace SalesSuite.ArchitectureTests;

/// <summary>The rules are only as good as the list of assemblies they are given.</summary>
public sealed class CoverageTests
{
    [Fact]
    public void Every_module_deployed_beside_the_host_is_in_the_rules_list_with_its_contracts()
    {
        var deployed = Directory.EnumerateFiles(AppContext.BaseDirectory, SalesSuiteAssemblies.ModulePrefix + "*.dll")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

        var expected = SalesSuiteAssemblies.ModuleNames
            .SelectMany(m => new[] { SalesSuiteAssemblies.ModuleNamespace(m), SalesSuiteAssemblies.ContractsNamespace(m) })
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(expected, deployed);
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void Each_module_and_contracts_assembly_loads_under_its_own_name(string module)
    {
        // Guards against the copy-paste trap of checking one assembly under another's name.
        Assert.Equal(SalesSuiteAssemblies.ModuleNamespace(module), SalesSuiteAssemblies.Module(module).GetName().Name);
        Assert.Equal(SalesSuiteAssemblies.ContractsNamespace(module), SalesSuiteAssemblies.Contracts(module).GetName().Name);
    }
}
