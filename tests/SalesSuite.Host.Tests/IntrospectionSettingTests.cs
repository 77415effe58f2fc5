using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

public sealed class IntrospectionSettingTests : IAsyncLifetime
{
    private TestDatabase? _database;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(TestProvider.Sqlite);

    public async Task DisposeAsync() => await _database!.DisposeAsync();

    [Fact]
    public async Task Configuration_can_close_introspection_even_for_signed_in_users()
    {
        await using var app = new SalesSuiteApp(_database!, new Dictionary<string, string?> { ["GraphQL:AllowIntrospection"] = "false" });

        var closed = await app.As().PostAsync("{ __schema { types { name } } }");
        var data = await app.As().PostAsync("{ __typename customers(first: 1) { totalCount } }");

        Assert.Equal("FORBIDDEN", closed.FirstErrorCode);
        Assert.Null(closed.Data);
        Assert.Equal("Query", data.Data!["__typename"]!.GetValue<string>());
    }
}
