using System.Text;
using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SalesSuite.Testing;

namespace SalesSuite.Benchmarks;

/// <summary>
/// <c>importCustomers</c> of a 10,000-row CSV file (200 duplicates, 140 invalid rows) as a GraphQL multipart request through the
/// whole host (HTTP on 127.0.0.1, auth, tenancy, GraphQL, EF Core, audit) on PostgreSQL. Each iteration imports a new file
/// (new emails) and the import is reverted afterwards, outside the measurement, so every iteration starts from the same data.
/// Run: scripts/bench.sh CustomerImportBenchmark
/// </summary>
[Config(typeof(Config))]
public class CustomerImportBenchmark
{
    private const string Mutation = "mutation($input: ImportCustomersInput!) { importCustomers(input: $input) { import { id totalRows created duplicates " +
        "refused } } }";

    private TestDatabase? _database;
    private SalesSuiteApp? _app;
    private GraphQLClient? _client;
    private byte[] _file = [];
    private int _iteration;
    private string? _lastImport;

    [GlobalSetup]
    public void Setup()
    {
        _database = TestDatabase.CreateAsync(TestProvider.Postgres).GetAwaiter().GetResult();
        _app = new SalesSuiteApp(_database);
        _client = new GraphQLClient(LoopbackHost.Start(_app));
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client?.Http.Dispose();
        _app?.Dispose();
        _database?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [IterationSetup]
    public void NewFile() => _file = Csv(++_iteration);

    [IterationCleanup]
    public void Revert()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var data = _client!.DataAsync("mutation($id: ID!) { revertCustomerImport(input: { id: $id }) { import { status } } }", new { id = _lastImport })
            .GetAwaiter().GetResult();
        if (data["revertCustomerImport"]?["import"]?["status"]?.GetValue<string>() != "REVERTED")
        {
            throw new InvalidOperationException("The import was not reverted: " + data.ToJsonString());
        }

        Console.WriteLine($"// revertCustomerImport of 10,000 rows: {watch.ElapsedMilliseconds} ms");
    }

    [Benchmark(Description = "importCustomers, 10,000 rows, multipart over HTTP")]
    public async Task<string> Import()
    {
        var response = await _client!.UploadAsync(Mutation, new JsonObject { ["input"] = new JsonObject { ["file"] = null } }, "input.file", "customers.csv",
            _file);
        var import = response.Data?["importCustomers"]?["import"];
        if (response.Errors.Count > 0 || import?["created"]?.GetValue<int>() != 9_660)
        {
            throw new InvalidOperationException("The import did not answer as expected: " + response.Body);
        }

        _lastImport = import["id"]!.GetValue<string>();
        return response.Body;
    }

    /// <summary>10,000 rows: every 100 rows two duplicates of the row before (same email; same name and phone) and one bad email; every 250 one without a
    /// name.</summary>
    private static byte[] Csv(int iteration)
    {
        var csv = new StringBuilder("Name,Contact,Email,Phone,City,Tags\n");
        for (var i = 1; i <= 10_000; i++)
        {
            var (name, email, phone) = ($"Bench {iteration}-{i}", $"b{iteration}-{i}@bench.example", $"+1 {100000 + i}");
            switch (i % 100)
            {
                case 37:
                    email = $"b{iteration}-{i - 1}@bench.example";
                    break;
                case 73:
                    (name, phone) = ($"Bench {iteration}-{i - 1}", $"+1 {100000 + i - 1}");
                    break;
                case 11:
                    email = "broken";
                    break;
                default:
                    if (i % 250 == 13)
                    {
                        name = "";
                    }

                    break;
            }

            csv.Append(name).Append(",Person ").Append(i).Append(',').Append(email).Append(',').Append(phone).Append(",Oslo,a;b\n");
        }

        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
                .WithWarmupCount(1).WithIterationCount(5).WithInvocationCount(1).WithUnrollFactor(1));
            AddColumn(StatisticColumn.Median, StatisticColumn.Min, StatisticColumn.Max);
            AddColumnProvider(DefaultColumnProviders.Instance);
        }
    }
}
