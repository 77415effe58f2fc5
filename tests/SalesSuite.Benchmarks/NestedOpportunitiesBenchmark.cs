using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SalesSuite.Testing;

namespace SalesSuite.Benchmarks;

/// <summary>
/// A page of 100 opportunities with customer, owner and orders with lines (four modules, batched per level), and a
/// page of customers each with its first page of opportunities (one windowed query for all of them), through the whole
/// host over HTTP on loopback, on PostgreSQL; the setup prints the SQL statements one request of each runs.
/// Run: scripts/bench.sh NestedOpportunitiesBenchmark
/// </summary>
[Config(typeof(Config))]
public class NestedOpportunitiesBenchmark
{
    private const string Query = """
        query($n: Int) { opportunities(first: $n) { nodes { title amount stage { name } customer { name level } owner { name }
          orders { number total lines { description quantity net } } } } }
        """;

    private const string CustomersQuery = """
        query($n: Int) {
            customers(first: $n) { nodes { name opportunities(first: 5, order: [{ amount: DESC }]) { totalCount nodes { title amount stage { name } } } } } }
        """;

    private TestDatabase? _database;
    private SalesSuiteApp? _app;
    private GraphQLClient? _client;

    [Params(10, 100)]
    public int PageSize { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = await TestDatabase.CreateAsync(TestProvider.Postgres);
        _app = new SalesSuiteApp(_database);
        _client = new GraphQLClient(LoopbackHost.Start(_app));

        var customers = (await _client.DataAsync("{ customers(first: 50) { nodes { id } } }"))["customers"]!["nodes"]!.AsArray()
            .Select(n => n!["id"]!.GetValue<string>()).ToList();
        for (var i = 0; i < 100; i++)
        {
            var opportunity = (await _client.DataAsync(
                "mutation($c: ID!, $t: String!) { createOpportunity(input: { customerId: $c, title: $t, amount: 5000 }) { opportunity { id } } }",
                new { c = customers[i % customers.Count], t = $"Bench deal {i}" }))["createOpportunity"]!["opportunity"]!["id"]!.GetValue<string>();
            await _client.DataAsync("""
                mutation($c: ID!, $o: ID!) { createOrder(input: { customerId: $c, opportunityId: $o, lines: [
                  { description: "Licence", quantity: 10, unitPrice: 400 }, { description: "Setup", quantity: 1, unitPrice: 1000 }] }) { order { id } } }
                """, new { c = customers[i % customers.Count], o = opportunity });
        }

        _app.Sql.Clear();
        var nodes = (await _client.DataAsync(Query, new { n = PageSize }))["opportunities"]!["nodes"]!.AsArray();
        if (nodes.Count != PageSize)
        {
            throw new InvalidOperationException($"Expected {PageSize} opportunities, got {nodes.Count}.");
        }

        Console.WriteLine($"// SQL statements for one request of {PageSize} opportunities: {_app.Sql.Commands.Count}");

        _app.Sql.Clear();
        var withOpportunities = (await _client.DataAsync(CustomersQuery, new { n = PageSize }))["customers"]!["nodes"]!.AsArray()
            .Count(c => c!["opportunities"]!["totalCount"]!.GetValue<int>() > 0);
        if (withOpportunities == 0)
        {
            throw new InvalidOperationException("No customer of the page has an opportunity.");
        }

        Console.WriteLine($"// SQL statements for one request of {PageSize} customers with their opportunities: {_app.Sql.Commands.Count}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app?.Dispose();
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "opportunities(first: n) with customer, owner, orders and lines through the host")]
    public async Task<int> Nested() => (await _client!.DataAsync(Query, new { n = PageSize }))["opportunities"]!["nodes"]!.AsArray().Count;

    [Benchmark(Description = "customers(first: n) with opportunities(first: 5) each through the host")]
    public async Task<int> CustomersWithOpportunities() =>
        (await _client!.DataAsync(CustomersQuery, new { n = PageSize }))["customers"]!["nodes"]!.AsArray().Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
            AddColumnProvider(DefaultColumnProviders.Instance);
        }
    }
}
