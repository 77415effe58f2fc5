using System.Reflection;
using System.Runtime.CompilerServices;

namespace SalesSuite.ArchitectureTests;

/// <summary>
/// The shape a reader relies on: a file is named after a type it holds, lines fit the house width, and a
/// <c>Features/&lt;UseCase&gt;</c> folder holds one use case, every type in it named after the folder (docs/writing-a-module.md).
/// </summary>
public sealed class SourceLayoutTests
{
    [Fact]
    public void Every_product_source_file_is_named_after_a_type_it_declares()
    {
        var offenders = SourceFiles.Under(SourceFiles.ProductRoots).Select(path => SourceFiles.MisnamedFile(path,
            SourceFiles.Read(path))).OfType<string>().ToList();

        Violations.ShouldBeNone(offenders, "A file's name matches none of the types it declares: name it after its type, or split it");
    }

    [Fact]
    public void The_file_name_rule_finds_a_planted_misnamed_file_and_passes_named_and_partial_files()
    {
        const string text = "namespace X;\n\n/// <summary>Doc.</summary>\npublic sealed record OrderPaid(int Id);\n\ninternal enum Kind\n{\n    A,\n}\n";

        Assert.Equal("Domain/Events.cs: OrderPaid, Kind", SourceFiles.MisnamedFile("Domain/Events.cs", text));
        Assert.Null(SourceFiles.MisnamedFile("Domain/OrderPaid.cs", text));
        Assert.Null(SourceFiles.MisnamedFile("Domain/Kind.Parsing.cs", text));
        Assert.Null(SourceFiles.MisnamedFile("GlobalUsings.cs", "global using Xunit;\n"));
        Assert.Null(SourceFiles.MisnamedFile("Outer.cs", "namespace X;\n\npublic class Outer\n{\n    private sealed class Inner;\n}\n"));
    }

    [Fact]
    public void No_line_is_longer_than_the_house_width()
    {
        var offenders = SourceFiles.Under(SourceFiles.AllRoots).SelectMany(path => SourceFiles.LongLines(path, SourceFiles.Read(path))).ToList();

        Violations.ShouldBeNone(offenders, $"Lines longer than {SourceFiles.MaxLineLength} characters: wrap them");
    }

    [Fact]
    public void The_line_rule_counts_characters_without_the_line_ending()
    {
        var fits = new string('x', SourceFiles.MaxLineLength);

        Assert.Empty(SourceFiles.LongLines("A.cs", fits + "\r\n" + fits + "\n"));
        Assert.Equal(["A.cs:2 (161)"], SourceFiles.LongLines("A.cs", fits + "\n" + fits + "y\r\n"));
    }

    [Theory]
    [MemberData(nameof(SalesSuiteAssemblies.Modules), MemberType = typeof(SalesSuiteAssemblies))]
    public void Each_features_folder_holds_one_use_case_named_after_it(string module)
    {
        var offenders = TypesNotNamedAfterTheirFeature(SalesSuiteAssemblies.Module(module), SalesSuiteAssemblies.ModuleNamespace(module) + ".Features.");

        Violations.ShouldBeNone(offenders, $"{module}: a type in Features/<UseCase>/ must be named <UseCase>... (move shared types to Api/, Data/ or Domain/)");
    }

    [Fact]
    public void The_features_rule_finds_the_planted_stray_type_and_passes_the_use_case_s_own()
    {
        var offenders = TypesNotNamedAfterTheirFeature(typeof(SourceLayoutTests).Assembly, "SalesSuite.ArchitectureTests.Planted.Features.");

        Assert.Equal(["SalesSuite.ArchitectureTests.Planted.Features.ShipOrder.CustomerPayload"], offenders);
    }

    /// <summary>Top-level, hand-written types in <c>{prefix}&lt;UseCase&gt;</c> namespaces whose names do not start with the use case.</summary>
    private static List<string> TypesNotNamedAfterTheirFeature(Assembly assembly, string featuresPrefix) =>
        assembly.GetTypes()
            .Where(type => !type.IsNested && type.Namespace?.StartsWith(featuresPrefix, StringComparison.Ordinal) == true)
            .Where(type => !type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !type.Name.StartsWith('<'))
            .Where(type =>
            {
                var feature = type.Namespace![featuresPrefix.Length..].Split('.')[0];
                return !type.Name.StartsWith(feature, StringComparison.Ordinal);
            })
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal)
            .ToList();
}
