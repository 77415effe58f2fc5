using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Npgsql;
using SalesSuite.Testing;

namespace SalesSuite.Benchmarks;

/// <summary>
/// The sales report at scale: monthly revenue by rep (read from the reps' days) and yearly revenue by product (from the order
/// lines) for a year over 1,000,000 order lines of one tenant in the reporting read model, through the whole host over HTTP on
/// loopback, on PostgreSQL. The lines are generated in SQL (20 reps,
/// 2,000 products, 50,000 customers, about 3 lines per order, spread over 2026).
/// Run: scripts/bench.sh SalesReportBenchmark
/// </summary>
[Config(typeof(Config))]
public class SalesReportBenchmark
{
    private const int Lines = 1_000_000;

    private const string Query = """
        {
            salesReport(from: "2026-01-01", to: "2026-12-31", groupBy: [MONTH, REP]) {
                totals { revenue orders orderLines } rows { period repId measures { revenue orders orderLines } } } }
        """;

    /// <summary>Revenue by product: the order lines themselves (a rep's day does not know its products).</summary>
    private const string ByProductQuery = """
        {
            salesReport(from: "2026-01-01", to: "2026-12-31", groupBy: [YEAR, PRODUCT]) {
                totals { revenue orders orderLines } rows { period productKey measures { revenue orders orderLines } } } }
        """;

    private TestDatabase? _database;
    private SalesSuiteApp? _app;
    private GraphQLClient? _client;

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        _database = await TestDatabase.CreateAsync(TestProvider.Postgres);
        _app = new SalesSuiteApp(_database);
        _client = new GraphQLClient(LoopbackHost.Start(_app));

        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandTimeout = 600;
            command.CommandText = $"""
                INSERT INTO reporting."SalesLines" ("Id", "TenantId", "OrderId", "CustomerId", "OwnerId", "Day", "Week", "Month", "Quarter", "Year",
                    "ProductKey", "ProductName", "QuantityScaled", "NetInBaseScaled", "OrderCount",
                    "ProductOrderCount")
                SELECT gen_random_uuid(), 'demo', md5('order' || (i / 3))::uuid, md5('customer' || ((i / 3) % 50000))::uuid, 'rep' || ((i / 3) % 20), d,
                       date_trunc('week', d)::date, date_trunc('month', d)::date, date_trunc('quarter', d)::date, date_trunc('year', d)::date,
                       'SKU-' || (i % 2000), 'Product '
                           || (i % 2000), (1 + i % 7) * 10000, (1000 + (i * 7919) % 500000) * 100, CASE WHEN i % 3 = 0 THEN 1 ELSE 0 END,
                       1 -- an order's three lines are three products
                FROM (SELECT i::bigint AS i, DATE '2026-01-01' + ((i / 3) % 365) AS d FROM generate_series(0, {Lines - 1}) AS i) AS g;
                -- The reps' days are the sums of their lines, as the read model's handler keeps them.
                DELETE FROM reporting."SalesDays" WHERE "TenantId" = 'demo';
                INSERT INTO reporting."SalesDays" ("Id", "TenantId", "OwnerId", "Day", "Week", "Month", "Quarter", "Year",
                    "NetInBaseScaled", "QuantityScaled", "Orders", "Lines", "Version")
                SELECT gen_random_uuid(), "TenantId", "OwnerId", "Day", "Week", "Month", "Quarter", "Year",
                       sum("NetInBaseScaled"), sum("QuantityScaled"), sum("OrderCount"), count(*), 1
                FROM reporting."SalesLines" WHERE "TenantId" = 'demo'
                GROUP BY "TenantId", "OwnerId", "Day", "Week", "Month", "Quarter", "Year";
                ANALYZE reporting."SalesLines";
                ANALYZE reporting."SalesDays";
                """;
            await command.ExecuteNonQueryAsync();
        }

        await CheckAsync(Query, 12 * 20);
        await CheckAsync(ByProductQuery, 2_000);
    }

    /// <summary>Every line counted once: in the totals (the reps' days) and in the rows (the days, or the lines by product).</summary>
    private async Task CheckAsync(string query, int expectedRows)
    {
        var report = (await _client!.DataAsync(query))["salesReport"]!;
        var rows = report["rows"]!.AsArray();
        var (total, inRows) = (report["totals"]!["orderLines"]!.GetValue<int>(), rows.Sum(r => r!["measures"]!["orderLines"]!.GetValue<int>()));
        if (total != Lines || inRows != Lines || rows.Count != expectedRows)
        {
            throw new InvalidOperationException($"Expected {Lines} lines in {expectedRows} rows, got {total} ({inRows} in {rows.Count} rows).");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _app?.Dispose();
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Description = "salesReport monthly revenue by rep, one year, 1,000,000 lines, through the host")]
    public async Task<int> MonthlyRevenueByRep() => (await _client!.DataAsync(Query))["salesReport"]!["rows"]!.AsArray().Count;

    [Benchmark(Description = "salesReport yearly revenue by product, the same lines, through the host")]
    public async Task<int> YearlyRevenueByProduct() => (await _client!.DataAsync(ByProductQuery))["salesReport"]!["rows"]!.AsArray().Count;

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(
                Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(2).WithIterationCount(10).WithInvocationCount(1)
                    .WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median, StatisticColumn.P95);
            AddColumnProvider(DefaultColumnProviders.Instance);
        }
    }
}
