using Xunit;

namespace SalesSuite.Testing;

/// <summary>One database and one running host per test class; the class's tests share them.</summary>
public abstract class AppFixture(TestProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;
    private SalesSuiteApp? _app;

    public SalesSuiteApp App => _app ?? throw new InvalidOperationException("The fixture is not initialised.");

    public TestProvider Provider => provider;

    protected virtual IDictionary<string, string?> Settings(TestDatabase database) => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _app = new SalesSuiteApp(_database, Settings(_database));
        _ = _app.Server; // start now: migrations and seed run before the first test
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

public sealed class SqliteAppFixture() : AppFixture(TestProvider.Sqlite);

public sealed class PostgresAppFixture() : AppFixture(TestProvider.Postgres);
