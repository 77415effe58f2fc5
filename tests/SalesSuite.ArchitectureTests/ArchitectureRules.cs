using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NetArchTest.Rules;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.ArchitectureTests;

/// <summary>The types a rule looks at: a whole assembly, or one namespace of it (and the namespaces below).</summary>
internal sealed record TypeScope(Assembly Assembly, string? Namespace = null)
{
    public override string ToString() => Namespace ?? Assembly.GetName().Name ?? Assembly.FullName ?? "?";
}

/// <summary>
/// Each rule returns the offenders (type or assembly names), so that a test can assert there are none and
/// a planted violation can show that the same rule does find them.
/// </summary>
internal static class ArchitectureRules
{
    public static readonly IReadOnlyList<string> NamespacesTheSharedKernelMustNotUse = ["SalesSuite.Modules", "SalesSuite.Host"];

    /// <summary>What the kernel's domain primitives (<c>SalesSuite.SharedKernel</c>) must not use, so that a module's domain can do without them.</summary>
    public static readonly IReadOnlyList<string> NamespacesTheDomainKernelMustNotUse =
        ["Microsoft.EntityFrameworkCore", "GraphQL", "GraphQLParser", "Microsoft.AspNetCore"];

    /// <summary>The database providers' assemblies: only the host references them.</summary>
    public static readonly IReadOnlyList<string> ProviderAssemblies =
    [
        "Microsoft.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.SqlServer", "Npgsql", "Microsoft.Data.Sqlite",
        "Microsoft.Data.SqlClient", "SQLitePCLRaw",
    ];

    /// <summary>Modules are found by scanning; the host never names one, not even its contracts.</summary>
    public static readonly IReadOnlyList<string> NamespacesTheHostMustNotUse = ["SalesSuite.Modules"];

    /// <summary>
    /// Named exemptions from "module types are internal": types deriving from these may stay public, and why.
    /// The module class itself (<see cref="IModule"/>) is public because that is the contract.
    /// </summary>
    public static readonly IReadOnlyDictionary<Type, string> PublicBaseTypeExemptions = new Dictionary<Type, string>
    {
        [typeof(Migration)] = "dotnet ef generates each migration as a public partial class; editing generated code is undone by the next one",
        [typeof(ModelSnapshot)] = "dotnet ef generates the model snapshot beside the migrations",
    };

    private const string ContractsNamespacePattern = @"(^|\.)Contracts(\.|$)";

    /// <summary>
    /// Every top-level type a module keeps to itself: its namespace and those below it, except any <c>.Contracts</c>
    /// namespace. Named type by type because NetArchTest matches by namespace prefix, so the module's root namespace
    /// (<c>SalesSuite.Modules.Orders</c>) would also match <c>SalesSuite.Modules.Orders.Contracts</c>.
    /// </summary>
    public static IReadOnlyList<string> InternalTypesOf(Assembly assembly, string moduleNamespace) =>
        [.. assembly.GetTypes()
            .Where(t => !t.IsNested
                && IsWithin(t.Namespace, moduleNamespace)
                && !IsContractsNamespace(t.Namespace)
                && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .Select(TypeName.Of)
            .Order(StringComparer.Ordinal)];

    /// <summary>Types in the scope that use (inherit, implement, hold, call, construct...) any of the forbidden names.</summary>
    public static IReadOnlyList<string> TypesUsingAny(TypeScope scope, IReadOnlyCollection<string> forbiddenNamespacesOrTypes)
    {
        if (forbiddenNamespacesOrTypes.Count == 0)
        {
            return [];
        }

        var types = Types.InAssembly(scope.Assembly);
        var should = scope.Namespace is null ? types.Should() : types.That().ResideInNamespace(scope.Namespace).Should();
        return Offenders(should.NotHaveDependencyOnAny([.. forbiddenNamespacesOrTypes]).GetResult());
    }

    /// <summary>
    /// Public types in the scope other than the module class, subclasses of <see cref="PublicBaseTypeExemptions"/>
    /// and anything in a <c>.Contracts</c> namespace.
    /// </summary>
    public static IReadOnlyList<string> PublicTypesThatShouldBeInternal(TypeScope scope)
    {
        var candidates = Types.InAssembly(scope.Assembly).That()
            .DoNotImplementInterface(typeof(IModule))
            .And().DoNotResideInNamespaceMatching(ContractsNamespacePattern);
        foreach (var exempt in PublicBaseTypeExemptions.Keys)
        {
            candidates = candidates.And().DoNotInherit(exempt);
        }

        if (scope.Namespace is not null)
        {
            candidates = candidates.And().ResideInNamespace(scope.Namespace);
        }

        return Offenders(candidates.Should().NotBePublic().GetResult());
    }

    /// <summary>The public classes implementing <see cref="IModule"/>: the host finds a module by this one class.</summary>
    public static IReadOnlyList<string> PublicModuleClasses(TypeScope scope)
    {
        var modules = Types.InAssembly(scope.Assembly).That().ImplementInterface(typeof(IModule)).And().ArePublic().And().AreClasses();
        if (scope.Namespace is not null)
        {
            modules = modules.And().ResideInNamespace(scope.Namespace);
        }

        return [.. modules.GetTypes().Select(TypeName.Of).Order(StringComparer.Ordinal)];
    }

    /// <summary>Types in a <c>.Contracts</c> namespace: in a module's implementation assembly they are in the wrong place.</summary>
    public static IReadOnlyList<string> TypesInContractsNamespaces(TypeScope scope)
    {
        var types = Types.InAssembly(scope.Assembly).That().ResideInNamespaceMatching(ContractsNamespacePattern);
        if (scope.Namespace is not null)
        {
            types = types.And().ResideInNamespace(scope.Namespace);
        }

        return [.. types.GetTypes().Select(TypeName.Of).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Referenced SalesSuite assemblies other than the shared kernel and contracts. The compiler keeps a reference
    /// only when code uses a type from it, so this is the assembly-level view of the dependency rules.
    /// </summary>
    public static IReadOnlyList<string> ReferencedImplementationAssemblies(Assembly assembly) =>
        [.. ReferencedSalesSuiteAssemblies(assembly)
            .Where(name => !SalesSuiteAssemblies.KernelNames.Contains(name) && !name.EndsWith(".Contracts", StringComparison.Ordinal))];

    /// <summary>Referenced SalesSuite assemblies other than the kernel's own: a kernel assembly may reference only those.</summary>
    public static IReadOnlyList<string> ReferencedNonKernelSalesSuiteAssemblies(Assembly assembly) =>
        [.. ReferencedSalesSuiteAssemblies(assembly).Where(name => !SalesSuiteAssemblies.KernelNames.Contains(name))];

    /// <summary>Referenced assemblies of a database provider (<see cref="ProviderAssemblies"/>, and those below their names, e.g. Npgsql.*).</summary>
    public static IReadOnlyList<string> ReferencedProviderAssemblies(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => ProviderAssemblies.Any(p => name == p || name.StartsWith(p + ".", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)];

    public static IReadOnlyList<string> ReferencedModuleAssemblies(Assembly assembly) =>
        [.. ReferencedSalesSuiteAssemblies(assembly)
            .Where(name => name.StartsWith(SalesSuiteAssemblies.ModulePrefix, StringComparison.Ordinal))];

    public static IReadOnlyList<string> ReferencedSalesSuiteAssemblies(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? string.Empty)
            .Where(name => name.StartsWith("SalesSuite.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>Top-level types in the scope whose name starts with <paramref name="prefix"/> (e.g. <c>Demo</c>: the demo's plan and its records).</summary>
    public static IReadOnlyList<string> TypesNamedStartingWith(TypeScope scope, string prefix) =>
        [.. scope.Assembly.GetTypes()
            .Where(t => !t.IsNested && t.Name.StartsWith(prefix, StringComparison.Ordinal)
                && (scope.Namespace is null || IsWithin(t.Namespace, scope.Namespace))
                && !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .Select(TypeName.Of)
            .Order(StringComparer.Ordinal)];

    /// <summary>
    /// The <see cref="IModuleSeeder"/> classes in the scope that read which tenant they seed (<c>TenantInfo.Id</c>), in their own code
    /// or in the state machines of their async methods. A module's seeder gives every tenant the same defaults; what only some
    /// tenants get (the demo's sample records) is demo data, and lives in SalesSuite.Demo.
    /// </summary>
    public static IReadOnlyList<string> SeedersTellingTenantsApart(TypeScope scope)
    {
        var seeders = scope.Assembly.GetTypes()
            .Where(t => typeof(IModuleSeeder).IsAssignableFrom(t) && t.IsClass && (scope.Namespace is null || IsWithin(t.Namespace, scope.Namespace)))
            .Select(TypeName.Of)
            .ToHashSet(StringComparer.Ordinal);
        using var module = Mono.Cecil.ModuleDefinition.ReadModule(scope.Assembly.Location);
        return [.. module.Types
            .Where(t => seeders.Contains(t.FullName) && WithNested(t).Any(ReadsTheTenantId))
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<Mono.Cecil.TypeDefinition> WithNested(Mono.Cecil.TypeDefinition type) =>
        type.NestedTypes.SelectMany(WithNested).Prepend(type);

    private static bool ReadsTheTenantId(Mono.Cecil.TypeDefinition type) =>
        type.Methods.Where(m => m.HasBody).SelectMany(m => m.Body.Instructions).Any(i =>
            i.Operand is Mono.Cecil.MethodReference { Name: "get_Id" } method
            && method.DeclaringType.FullName == typeof(SalesSuite.SharedKernel.Tenancy.TenantInfo).FullName);

    /// <summary>
    /// Properties of the <see cref="AggregateRoot"/> subclasses in the scope that code outside the aggregate can set: a public,
    /// internal or protected internal setter, <c>init</c> included (an object initializer is a setter too). Each as
    /// <c>Type.Property</c>; the kernel's own base members (<c>Id</c>, <c>Version</c>, ...) are not the module's and are left out.
    /// </summary>
    public static IReadOnlyList<string> AggregatePropertiesSetFromOutside(TypeScope scope) =>
        [.. scope.Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(AggregateRoot)) && (scope.Namespace is null || IsWithin(t.Namespace, scope.Namespace)))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic
                    | BindingFlags.DeclaredOnly)
                .Where(p => p.SetMethod is { IsPublic: true } or { IsAssembly: true } or { IsFamilyOrAssembly: true })
                .Select(p => $"{TypeName.Of(t)}.{p.Name}"))
            .Order(StringComparer.Ordinal)];

    private static bool IsWithin(string? typeNamespace, string root) =>
        typeNamespace is not null
        && (typeNamespace == root || typeNamespace.StartsWith(root + ".", StringComparison.Ordinal));

    private static bool IsContractsNamespace(string? typeNamespace) =>
        typeNamespace is not null && typeNamespace.Split('.').Contains("Contracts", StringComparer.Ordinal);

    private static IReadOnlyList<string> Offenders(TestResult result) =>
        result.IsSuccessful ? [] : [.. (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal)];
}

internal static class TypeName
{
    /// <summary>The name NetArchTest reports for a top-level type.</summary>
    public static string Of(Type type) => type.FullName ?? type.Name;
}
