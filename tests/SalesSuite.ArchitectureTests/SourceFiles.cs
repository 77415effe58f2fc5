using System.Text.RegularExpressions;

namespace SalesSuite.ArchitectureTests;

/// <summary>The product's and tests' C# sources as a reader finds them: everything under the repository but builds and generated migrations.</summary>
internal static partial class SourceFiles
{
    /// <summary>The longest line the house style allows (the .editorconfig's max_line_length).</summary>
    public const int MaxLineLength = 160;

    /// <summary>Where the product's code lives (what ships, and what a vendor reads as the example).</summary>
    public static readonly string[] ProductRoots = ["host", "shared-kernel", "modules", "samples"];

    /// <summary>The product's code and its tests.</summary>
    public static readonly string[] AllRoots = [.. ProductRoots, "tests"];

    public static string RepoRoot { get; } = FindRoot();

    /// <summary>Repository-relative paths (forward slashes) of the hand-written C# files.</summary>
    public static IReadOnlyList<string> Under(IEnumerable<string> roots) =>
        roots.Select(root => Path.Combine(RepoRoot, root))
            .Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(RepoRoot, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is "bin" or "obj" or "Migrations"))
            .Order(StringComparer.Ordinal)
            .ToList();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(RepoRoot, relativePath));

    /// <summary>The names of the types a file declares at its top level (nested types are indented and not counted).</summary>
    public static IReadOnlyList<string> TopLevelTypes(string text) =>
        TopLevelDeclaration().Matches(text).Select(match => match.Groups["name"].Value).ToList();

    /// <summary>"path: names" when a file declares types and none is named after the file (partial files <c>Type.Part.cs</c> count as Type).</summary>
    public static string? MisnamedFile(string relativePath, string text)
    {
        var types = TopLevelTypes(text);
        var stem = Path.GetFileNameWithoutExtension(relativePath).Split('.')[0];
        return types.Count == 0 || types.Contains(stem) ? null : $"{relativePath}: {string.Join(", ", types)}";
    }

    /// <summary>"path:line (length)" for each line longer than <see cref="MaxLineLength"/>.</summary>
    public static IEnumerable<string> LongLines(string relativePath, string text) =>
        text.Split('\n')
            .Select((line, index) => (Length: line.TrimEnd('\r').Length, Number: index + 1))
            .Where(line => line.Length > MaxLineLength)
            .Select(line => $"{relativePath}:{line.Number} ({line.Length})");

    [GeneratedRegex(
        @"^(?:(?:public|internal|private|protected|file|static|sealed|abstract|partial|readonly|ref|unsafe)\s+)*" +
        @"(?:class|record(?:\s+(?:class|struct))?|struct|interface|enum|delegate\s+[\w<>\[\],.? ]+?)\s+(?<name>\w+)",
        RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SalesSuite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SalesSuite.sln not found above " + AppContext.BaseDirectory);
    }
}
