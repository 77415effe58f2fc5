using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

public sealed class PublishedSchemaTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    [Fact]
    public void Docs_schema_graphql_is_the_schema_the_host_serves()
    {
        var served = fixture.App.Services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").Trim();
        var path = Path.Combine(RepoRoot.Path, "docs", "schema.graphql");
        var published = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n").Trim() : "(missing)";

        var servedLines = served.Split('\n');
        var publishedLines = published.Split('\n');
        var first = Enumerable.Range(0, Math.Max(servedLines.Length, publishedLines.Length))
            .FirstOrDefault(i => i >= servedLines.Length || i >= publishedLines.Length || servedLines[i] != publishedLines[i], -1);
        Assert.True(first < 0,
            $"docs/schema.graphql differs from the served schema at line {first + 1}: served '{servedLines.ElementAtOrDefault(first)}', " +
            $"published '{publishedLines.ElementAtOrDefault(first)}'. Regenerate it with: " +
            "scripts/update-schema.sh");
    }
}
