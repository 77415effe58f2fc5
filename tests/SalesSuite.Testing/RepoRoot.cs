namespace SalesSuite.Testing;

public static class RepoRoot
{
    /// <summary>The folder that holds SalesSuite.sln.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SalesSuite.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("SalesSuite.sln not found above " + AppContext.BaseDirectory);
    }
}
