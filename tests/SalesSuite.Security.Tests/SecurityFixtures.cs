using SalesSuite.Testing;

namespace SalesSuite.Security.Tests;

/// <summary>The host with the demo seed, rate limits off (these tests send bursts on purpose).</summary>
public abstract class SecurityAppFixture(TestProvider provider) : AppFixture(provider)
{
    protected override IDictionary<string, string?> Settings(TestDatabase database) => new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "false",
    };
}

public sealed class SqliteSecurityFixture() : SecurityAppFixture(TestProvider.Sqlite);

public sealed class PostgresSecurityFixture() : SecurityAppFixture(TestProvider.Postgres);
