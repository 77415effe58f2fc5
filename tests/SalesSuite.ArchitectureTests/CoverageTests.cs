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

    [Fact]
    public void Every_kernel_assembly_deployed_beside_the_host_is_in_the_rules_list_and_loads_under_its_own_name()
    {
        var deployed = Directory.EnumerateFiles(AppContext.BaseDirectory, SalesSuiteAssemblies.SharedKernelName + "*.dll")
            .Select(path => Path.GetFileNameWithoutExtension(path))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.Equal(SalesSuiteAssemblies.KernelNames.Order(StringComparer.Ordinal), deployed);
        Assert.All(SalesSuiteAssemblies.KernelNames, name => Assert.Equal(name, SalesSuiteAssemblies.KernelAssembly(name).GetName().Name));
    }

    [Fact]
    public void Every_project_of_the_product_and_its_tests_is_in_the_solution_so_the_test_command_builds_and_runs_it()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SalesSuite.sln")))
        {
            root = root.Parent;
        }

        Assert.NotNull(root);
        var solution = File.ReadAllText(Path.Combine(root.FullName, "SalesSuite.sln")).Replace('\\', '/');
        var missing = new[] { "host", "shared-kernel", "modules", "tests" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root.FullName, folder), "*.csproj", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(root.FullName, path).Replace('\\', '/'))
            .Where(path => !path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
            .Where(path => !solution.Contains(path, StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
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
