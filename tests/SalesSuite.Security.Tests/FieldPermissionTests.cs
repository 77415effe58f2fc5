using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.SharedKernel.Security;
using SalesSuite.Testing;
using Xunit.Abstractions;

namespace SalesSuite.Security.Tests;

/// <summary>
/// Field permissions as a client sees them: a role denied a field gets it, and everything derived from it, as null with one
/// FORBIDDEN error at its path, in lists and nested paths, while the rest of the response stands; lists refuse to filter or sort
/// on it; and every field of the schema that a denial can reach is nullable and declared (a walk of the schema finds the ones that are not).
/// </summary>
public abstract class FieldPermissionTests(SecurityAppFixture fixture, ITestOutputHelper output)
{
    private SalesSuiteApp App => fixture.App;

    private GraphQLClient Admin => App.As("demo", "admin", "admin");

    /// <summary>A client whose only role sees the whole tenant and may do everything, but is denied <paramref name="fields"/>.</summary>
    private async Task<GraphQLClient> DeniedAsync(params string[] fields)
    {
        var role = "deny-" + string.Join("-", fields.Select(f => f.Replace('.', '_'))).ToLowerInvariant();
        await Admin.DataAsync(
            "mutation($n: String!, $f: [String!]) { defineRole(input: { name: $n, permissions: [\"*\"], scope: TENANT, deniedFields: $f }) { role { name } } }",
            new { n = role, f = fields });
        return App.As("demo", "user-" + role, role);
    }

    /// <summary>The demo seed (without its history) has no orders: one confirmed order with two lines and a payment, made once per fixture.</summary>
    private async Task EnsureOrderAsync()
    {
        if ((await Admin.DataAsync("{ orders { totalCount } }"))["orders"]!["totalCount"]!.GetValue<int>() > 0)
        {
            return;
        }

        var customer = (await Admin.DataAsync("{ customers(first: 1, where: { ownerId: { eq: \"alice\" } }) { nodes { id } } }"))
            ["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var order = (await Admin.DataAsync("""
            mutation($c: ID!) { createOrder(input: { customerId: $c, lines: [{ description: "Audit", quantity: 2, unitPrice: 150, taxRate: 20 },
              { description: "Setup", quantity: 1, unitPrice: 99.5, discount: 10, taxRate: 20 }] }) { order { id } } }
            """, new { c = customer }))["createOrder"]!["order"]!["id"]!.GetValue<string>();
        await Admin.DataAsync("mutation($id: ID!) { confirmOrder(input: { id: $id }) { order { id } } }", new { id = order });
        await Admin.DataAsync("mutation($id: ID!) { recordPayment(input: { orderId: $id, amount: 100 }) { order { id } } }", new { id = order });
    }

    [Fact]
    public async Task A_denied_amount_is_null_with_one_FORBIDDEN_error_at_its_path_and_unrelated_root_fields_stand()
    {
        var client = await DeniedAsync("Opportunity.amount");

        var response = await client.PostAsync("{ opportunities(first: 2) { nodes { id title amount } } myAccess { scope deniedFields } }");

        Assert.NotNull(response.Data);
        Assert.Equal("TENANT", response.Data!["myAccess"]!["scope"]!.GetValue<string>());
        Assert.Equal(["Opportunity.amount"], response.Data["myAccess"]!["deniedFields"]!.AsArray().Select(n => n!.GetValue<string>()));
        var nodes = response.Data["opportunities"]!["nodes"]!.AsArray();
        Assert.Equal(2, nodes.Count);
        Assert.All(nodes, n => Assert.False(string.IsNullOrEmpty(n!["title"]!.GetValue<string>())));
        Assert.All(nodes, n => Assert.Null(n!["amount"]));
        Assert.Equal(["opportunities/nodes/0/amount", "opportunities/nodes/1/amount"], Paths(response));
        Assert.All(response.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));

        // The same field through node(id:): exactly one error.
        var id = nodes[0]!["id"]!.GetValue<string>();
        var single = await client.PostAsync("query($id: ID!) { node(id: $id) { id ... on Opportunity { title amount probability } } }", new { id });
        Assert.Equal(["node/amount"], Paths(single));
        Assert.Equal("FORBIDDEN", single.FirstErrorCode);
        Assert.Equal(id, single.Data!["node"]!["id"]!.GetValue<string>());
        Assert.NotNull(single.Data["node"]!["probability"]);

        // The admin, who is denied nothing, reads the amount of the same record.
        var admin = await Admin.DataAsync("query($id: ID!) { node(id: $id) { ... on Opportunity { amount } } }", new { id });
        Assert.NotNull(admin["node"]!["amount"]);
    }

    [Fact]
    public async Task A_denial_covers_converted_and_weighted_amounts_in_nested_lists_and_orders_lines_and_payments()
    {
        var noAmount = await DeniedAsync("Opportunity.amount");
        var nested = await noAmount.PostAsync("""
            {
                customers(first: 20, where: { ownerId: { eq: "alice" } }) {
                    nodes { name opportunities(first: 3) { nodes { title probability amount amountInBase weightedAmount } } } } }
            """);
        var opportunities = nested.Data!["customers"]!["nodes"]!.AsArray().SelectMany(c => c!["opportunities"]!["nodes"]!.AsArray()).ToList();
        Assert.NotEmpty(opportunities);
        Assert.All(opportunities, o =>
        {
            Assert.NotNull(o!["title"]);
            Assert.NotNull(o["probability"]);
            Assert.Null(o["amount"]);
            Assert.Null(o["amountInBase"]);
            Assert.Null(o["weightedAmount"]);
        });
        Assert.Equal(3 * opportunities.Count, nested.Errors.Count);
        Assert.All(nested.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        Assert.All(Paths(nested), path => Assert.Matches(@"^customers/nodes/\d+/opportunities/nodes/\d+/(amount|amountInBase|weightedAmount)$", path));

        await EnsureOrderAsync();
        var noTotal = await DeniedAsync("Order.total");
        var orders = await noTotal.PostAsync("""
            { orders(first: 3) { nodes { id status currency total net tax paid outstanding totalInBase rateToBase
                lines { description quantity discount taxRate unitPrice net tax } payments { at amount } } } }
            """);
        var nodes = orders.Data!["orders"]!["nodes"]!.AsArray();
        Assert.NotEmpty(nodes);
        foreach (var order in nodes)
        {
            Assert.NotNull(order!["status"]);
            foreach (var field in new[] { "total", "net", "tax", "paid", "outstanding", "totalInBase" })
            {
                Assert.Null(order[field]);
            }

            Assert.All(order["lines"]!.AsArray(), line =>
            {
                Assert.NotNull(line!["quantity"]);
                Assert.NotNull(line["discount"]);
                Assert.Null(line["unitPrice"]);
                Assert.Null(line["net"]);
                Assert.Null(line["tax"]);
            });
        }

        Assert.All(orders.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        Assert.All(Paths(orders), path => Assert.Matches(
            @"^orders/nodes/\d+/((total|net|tax|paid|outstanding|totalInBase)|lines/\d+/(unitPrice|net|tax)|payments/\d+/amount)$", path));
        Assert.Contains("orders/nodes/0/total", Paths(orders));
    }

    [Fact]
    public async Task Statistics_report_measures_the_dashboard_and_the_forecast_leave_out_what_is_derived_from_a_denied_field()
    {
        const string Query = """
            { salesReport(from: "2025-01-01", to: "2026-12-31", groupBy: [QUARTER], compareToPrevious: true) {
                totals { revenue orders quantity wonAmount pipelineAmount weightedPipeline opportunitiesWon winRate }
                rows { period measures { revenue orders wonAmount } } previous { revenueChange totals { revenue orders } } }
              dashboard { scope openOpportunities revenueChange pipelineAmount weightedPipeline thisMonth { measures { revenue orders wonAmount } } }
              revenueForecast(horizon: 2) {
                  enoughHistory history { month revenue } points { month forecast lower80 upper95 } accuracy { mae mapePercent backtestPoints } }
              opportunityStatistics(from: "2020-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") {
                  count won amountInBase byStatus { key count amountInBase amounts { currency amount } } }
              orderStatistics(from: "2020-01-01", to: "2026-12-31") { count amountInBase byMonth { key count amountInBase } }
              salesFunnel(from: "2025-01-01", to: "2026-12-31") { opportunitiesWon winRate stages { entered conversion } } }
            """;

        var noAmount = await (await DeniedAsync("Opportunity.amount")).PostAsync(Query);
        Assert.All(noAmount.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        var amountPaths = Paths(noAmount);
        foreach (var denied in new[]
                 {
                     "salesReport/totals/wonAmount", "salesReport/totals/pipelineAmount", "salesReport/totals/weightedPipeline",
                     "dashboard/pipelineAmount", "dashboard/weightedPipeline", "dashboard/thisMonth/measures/wonAmount", "opportunityStatistics/amountInBase",
                 })
        {
            Assert.Contains(denied, amountPaths);
            Assert.Null(At(noAmount.Data!, denied));
        }

        Assert.All(amountPaths, path => Assert.Matches(
            "^(salesReport/(totals|rows/\\d+/measures)/(wonAmount|pipelineAmount|weightedPipeline)"
            + "|dashboard/(pipelineAmount|weightedPipeline|thisMonth/measures/wonAmount)"
            + "|opportunityStatistics/(amountInBase|byStatus/\\d+/(amountInBase|amounts/\\d+/amount)))$", path));
        Assert.NotNull(At(noAmount.Data!, "salesReport/totals/revenue"));
        Assert.NotNull(At(noAmount.Data!, "orderStatistics/amountInBase"));
        Assert.NotNull(At(noAmount.Data!, "salesReport/totals/opportunitiesWon"));
        Assert.NotNull(At(noAmount.Data!, "dashboard/openOpportunities"));

        var noTotal = await (await DeniedAsync("Order.total")).PostAsync(Query);
        Assert.All(noTotal.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        var totalPaths = Paths(noTotal);
        foreach (var denied in new[] { "salesReport/totals/revenue", "dashboard/thisMonth/measures/revenue", "orderStatistics/amountInBase" })
        {
            Assert.Contains(denied, totalPaths);
            Assert.Null(At(noTotal.Data!, denied));
        }

        Assert.All(totalPaths, path => Assert.Matches(
            "^(salesReport/(totals|rows/\\d+/measures|previous/totals)/revenue|salesReport/previous/revenueChange"
            + "|dashboard/(revenueChange|thisMonth/measures/revenue)"
            + "|revenueForecast/(history/\\d+/revenue|points/\\d+/(forecast|lower80|upper95)|accuracy/(mae|mapePercent))"
            + "|orderStatistics/(amountInBase|byMonth/\\d+/amountInBase))$", path));
        Assert.NotNull(At(noTotal.Data!, "salesReport/totals/wonAmount"));
        Assert.NotNull(At(noTotal.Data!, "salesReport/totals/orders"));
        Assert.NotNull(At(noTotal.Data!, "revenueForecast/enoughHistory"));
        Assert.NotNull(At(noTotal.Data!, "salesFunnel/opportunitiesWon"));
    }

    [Fact]
    public async Task Generated_reports_leave_out_the_figures_a_role_is_denied_and_refuse_their_files_and_chart_values_to_such_a_role()
    {
        const string Generate = """
            mutation($t: ID!) { generateReport(input: { templateId: $t, from: "2026-01-01", to: "2026-10-31" }) {
              report { id reveals htmlUrl xlsxUrl charts { title series { name values } } } } }
            """;
        var templates = (await Admin.DataAsync("{ reportTemplates { id title } }"))["reportTemplates"]!.AsArray();
        string Template(string title) => templates.Single(t => t!["title"]!.GetValue<string>() == title)!["id"]!.GetValue<string>();
        var noTotal = await DeniedAsync("Order.total");

        var own = (await noTotal.DataAsync(Generate, new { t = Template("Monthly sales") }))["generateReport"]!["report"]!;
        Assert.DoesNotContain("Order.total", Strings(own["reveals"]));
        var titles = own["charts"]!.AsArray().Select(c => c!["title"]!.GetValue<string>()).ToList();
        Assert.DoesNotContain(titles, t => t.StartsWith("Revenue", StringComparison.Ordinal));
        Assert.Contains(titles, t => t.StartsWith("Orders", StringComparison.Ordinal));
        var page = await noTotal.Http.GetStringAsync(own["htmlUrl"]!.GetValue<string>());
        Assert.Contains("Left out", page);
        Assert.Contains("Order.total", page);
        Assert.DoesNotContain(">Revenue</th>", page);
        Assert.Contains(">Orders</th>", page);

        var forecast = await noTotal.PostAsync(Generate, new { t = Template("Revenue forecast") });
        Assert.Equal("FORBIDDEN", forecast.FirstErrorCode);

        // The admin's report of the same template has the revenue: the denied role sees the report, but not its figures of revenue.
        var admins = (await Admin.DataAsync(Generate, new { t = Template("Monthly sales") }))["generateReport"]!["report"]!;
        Assert.Contains("Order.total", Strings(admins["reveals"]));
        using (var asAdmin = await Admin.Http.GetAsync(admins["xlsxUrl"]!.GetValue<string>()))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, asAdmin.StatusCode);
        }

        using (var refused = await noTotal.Http.GetAsync(admins["xlsxUrl"]!.GetValue<string>()))
        {
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("FORBIDDEN", await refused.Content.ReadAsStringAsync());
        }

        var listed = await noTotal.PostAsync("""
            { generatedReports(first: 50, where: { createdBy: { eq: "admin" } }) { nodes { id title charts { title series { name values } } } } }
            """);
        var report = listed.Data!["generatedReports"]!["nodes"]!.AsArray().Single(r => r!["id"]!.GetValue<string>() == admins["id"]!.GetValue<string>())!;
        foreach (var chart in report["charts"]!.AsArray())
        {
            var revenue = chart!["title"]!.GetValue<string>().StartsWith("Revenue", StringComparison.Ordinal);
            Assert.All(chart["series"]!.AsArray(), series => Assert.Equal(revenue, series!["values"] is null));
        }

        Assert.Contains(report["charts"]!.AsArray(), c => c!["title"]!.GetValue<string>().StartsWith("Revenue", StringComparison.Ordinal));
        Assert.All(listed.ErrorCodes, code => Assert.Equal("FORBIDDEN", code));
        Assert.NotEmpty(listed.Errors);
    }

    [Fact]
    public async Task Lists_refuse_to_sort_or_filter_on_a_field_a_denial_covers_and_a_role_may_only_deny_declared_fields()
    {
        var client = await DeniedAsync("Opportunity.amount");

        var root = await client.PostAsync("{ opportunities(first: 5, order: [{ amount: DESC }]) { nodes { title } } }");
        var nested = await client.PostAsync("{ customers(first: 2) { nodes { name opportunities(first: 2, order: [{ amount: ASC }]) { nodes { title } } } } }");
        var allowed = await client.PostAsync("{ opportunities(first: 5, order: [{ probability: DESC }]) { nodes { title } } }");

        Assert.Equal("FORBIDDEN", root.FirstErrorCode);
        Assert.Contains("Opportunity.amount", root.Errors[0]["message"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", nested.FirstErrorCode);
        Assert.Empty(allowed.Errors);

        var notDeniable = await Admin.PostAsync(
            "mutation { defineRole(input: { name: \"blind\", permissions: [\"customers.read\"], scope: TENANT, deniedFields: [\"Customer.ownerId\"] }) { " +
            "role { name } } }");
        Assert.Equal("VALIDATION", notDeniable.FirstErrorCode);
        var message = notDeniable.Errors[0]["message"]!.GetValue<string>();
        Assert.Contains("Customer.ownerId cannot be denied", message);
        Assert.Contains("Opportunity.amount", message);
    }

    [Fact]
    public async Task Every_where_and_order_field_of_every_list_is_refused_to_a_role_denied_what_it_is_derived_from()
    {
        var schema = App.Services.GetRequiredService<ISchema>();
        var catalogue = App.Services.GetRequiredService<IDeniableFields>();
        var checkedCount = 0;
        foreach (var deniable in catalogue.All)
        {
            var client = await DeniedAsync(deniable);
            foreach (
                var list in schema.Query.Fields.Where(
                    f => f.Arguments?.Find("order") is not null && f.Arguments.All(a => a.ResolvedType is not NonNullGraphType)))
            {
                var sort = (IInputObjectGraphType)list.Arguments!.Find("order")!.ResolvedType!.GetNamedType();
                if (schema.AllTypes[sort.Name[..^"SortInput".Length]] is not IComplexGraphType itemType)
                {
                    continue;
                }

                var filter = list.Arguments.Find("where")?.ResolvedType?.GetNamedType() as IInputObjectGraphType;
                foreach (var name in sort.Fields.Select(f => f.Name).Concat(filter?.Fields.Select(f => f.Name) ?? []).Distinct())
                {
                    if (itemType.GetField(name) is not { } field
                        || FieldDenial.DeniedBy(new AccessGrant([], true, [], [deniable]), itemType.Name, field) is null)
                    {
                        continue;
                    }

                    var arguments = sort.GetField(name) is not null ? $"order: [{{ {name}: ASC }}]" : $"where: {{ {name}: {{ neq: null }} }}";
                    var response = await client.PostAsync($"{{ {list.Name}({arguments}) {{ totalCount }} }}");
                    output.WriteLine($"{deniable}: {list.Name}({arguments}) -> {string.Join(", ", response.ErrorCodes)}");
                    Assert.Equal("FORBIDDEN", response.FirstErrorCode);
                    checkedCount++;
                }
            }
        }

        Assert.True(checkedCount > 0, "no list sorts or filters on a field a denial covers: the walk checked nothing");
    }

    [Fact]
    public void Every_amount_like_field_declares_what_it_is_derived_from_and_everything_a_denial_reaches_is_nullable_and_says_so()
    {
        var schema = App.Services.GetRequiredService<ISchema>();
        var catalogue = App.Services.GetRequiredService<IDeniableFields>();
        var problems = new List<string>();
        var fields = schema.AllTypes.OfType<IObjectGraphType>().Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (Type: t.Name, Field: f))).ToList();
        foreach (var (type, field) in fields)
        {
            var name = type + "." + field.Name;
            var named = field.ResolvedType!.GetNamedType();
            if (FieldDenial.CanBeDenied(field))
            {
                if (field.ResolvedType is NonNullGraphType)
                {
                    problems.Add($"{name} can be denied but is non-null: a denial would null its parent");
                }

                if (field.Description?.Contains("Null, with a FORBIDDEN error, when your role is denied", StringComparison.Ordinal) != true)
                {
                    problems.Add($"{name} can be denied but its description does not say so");
                }

                problems.AddRange(
                    FieldDenial.SourcesOf(field).Where(s => !catalogue.All.Contains(s)).Select(s => $"{name} is derived from {s}, which is not deniable"));
            }
            else if (named is DecimalGraphType or FloatGraphType && !field.HasMetadata(FieldDenial.NotDerivedKey))
            {
                problems.Add($"{name} is a {named.Name} that declares neither DerivedFrom(...) (a denial of that field covers it) nor NotDerived()");
            }

            // A deniable field's siblings named after it (amountInBase, weightedAmount, totalInBase) are derived from it.
            foreach (var deniable in catalogue.All.Where(d => d.StartsWith(type + ".", StringComparison.Ordinal)))
            {
                var stem = deniable[(type.Length + 1)..];
                if (field.Name != stem && field.Name.Contains(stem, StringComparison.OrdinalIgnoreCase) && !FieldDenial.SourcesOf(field).Contains(deniable))
                {
                    problems.Add($"{name} is named after {deniable} but a denial of it does not cover it");
                }
            }
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(problems);
        Assert.Equal(["Contact.email", "Contact.phone", "Opportunity.amount", "Order.total"], catalogue.All);
        Assert.Superset(new HashSet<string>
        {
            "Opportunity.amountInBase", "Opportunity.weightedAmount", "OpportunityStatistics.amountInBase",
            "OpportunityGroupStatistic.amountInBase", "MoneyTotal.amount",
            "SalesMeasures.wonAmount", "SalesMeasures.pipelineAmount", "SalesMeasures.weightedPipeline",
            "Dashboard.pipelineAmount", "Dashboard.weightedPipeline",
            "RepAppraisal.wonAmountInBase", "IntentScore.score", "Opportunity.intentScore",
        }, catalogue.CoveredBy("Opportunity.amount").ToHashSet());
        Assert.Superset(new HashSet<string>
        {
            "Order.totalInBase", "Order.net", "Order.tax", "Order.paid", "Order.outstanding", "OrderLine.net", "OrderLine.unitPrice", "Payment.amount",
            "OrderStatistics.amountInBase", "SalesMeasures.revenue", "SalesComparison.revenueChange", "Dashboard.revenueChange", "MonthlyRevenue.revenue",
            "ForecastPoint.forecast", "ForecastAccuracy.mae", "RepAppraisal.paidRevenueInBase", "RepAppraisal.attainment", "RepAppraisal.score",
        }, catalogue.CoveredBy("Order.total").ToHashSet());
    }

    /// <summary>
    /// The walk: every root query the schema has, as the walker writes it, first as the admin, then as a role denied each deniable field in
    /// turn. Every field the denial covers is null with a FORBIDDEN error at its path; no other field errs; the rest of the response stands.
    /// </summary>
    [Fact]
    public async Task Walking_every_root_query_as_a_role_denied_each_deniable_field_finds_every_covered_field_null_and_forbidden_and_nothing_else()
    {
        await EnsureOrderAsync();
        var schema = App.Services.GetRequiredService<ISchema>();
        var catalogue = App.Services.GetRequiredService<IDeniableFields>();
        var walker = new SchemaWalker(IntrospectedSchema.Parse(await Admin.DataAsync(IntrospectedSchema.Query)));
        var customer = (await Admin.DataAsync("{ customers(first: 1, where: { ownerId: { eq: \"alice\" } }) { nodes { id } } }"))
            ["customers"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var values = new ProbeValues("Customer", customer, Guid.Empty, ["alice", "bob"], "a");
        var documents = new List<string>();
        foreach (var field in walker.Schema.QueryFields.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            var document = walker.Document("query", field, values);
            var asAdmin = await Admin.PostAsync(document);
            if (asAdmin.Errors.Count == 0 && asAdmin.Data is not null)
            {
                documents.Add(document);
            }
        }

        output.WriteLine($"{documents.Count} of {walker.Schema.QueryFields.Count} root queries answer the admin without errors and are walked.");
        Assert.True(documents.Count >= 30, "too few root queries answered to make a walk");
        var problems = new List<string>();
        foreach (var deniable in catalogue.All)
        {
            var client = await DeniedAsync(deniable);
            var covered = 0;
            foreach (var document in documents)
            {
                var response = await client.PostAsync(document);
                if (response.Data is null)
                {
                    problems.Add($"{deniable}: {document} lost all its data: {response.Body[..Math.Min(300, response.Body.Length)]}");
                    continue;
                }

                var byPath = response.Errors.GroupBy(e => string.Join('/', e["path"]?.AsArray().Select(p => p!.ToString()) ?? [])).ToList();
                problems.AddRange(byPath.Where(g => g.Count() > 1).Select(g => $"{deniable}: {g.Count()} errors at {g.Key} in {document}"));
                var errors = byPath.ToDictionary(g => g.Key, g => g.First()["extensions"]?["code"]?.GetValue<string>());
                var expected = new HashSet<string>();
                var optional = new HashSet<string>();
                Visit(schema, response.Data, schema.Query, "", deniable, expected, optional);
                covered += expected.Count;
                foreach (var path in expected)
                {
                    if (At(response.Data, path) is not null || errors.GetValueOrDefault(path) != "FORBIDDEN")
                    {
                        problems.Add($"{deniable}: {path} is not null with FORBIDDEN in {document}");
                    }
                }

                problems.AddRange(errors.Where(e => !expected.Contains(e.Key) && !(optional.Contains(e.Key) && e.Value == "FORBIDDEN"))
                    .Select(e => $"{deniable}: unexpected {e.Value} error at {e.Key} in {document}"));
            }

            output.WriteLine($"{deniable}: {covered} covered field occurrences in the walk");
            if (covered == 0)
            {
                problems.Add($"{deniable}: the walk met no field its denial covers, so it checked nothing");
            }
        }

        foreach (var problem in problems)
        {
            output.WriteLine(problem);
        }

        Assert.Empty(problems);
    }

    /// <summary>Collects the paths of the response whose field a denial of <paramref name="deniable"/> covers (<paramref name="optional"/>: covered depending
    /// on the record).</summary>
    private static void Visit(ISchema schema, JsonNode? node, IGraphType type, string path, string deniable, HashSet<string> expected, HashSet<string> optional)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Visit(schema, array[i], type, Join(path, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), deniable, expected, optional);
                }

                return;
            case JsonObject obj:
                var objectType = obj["__typename"]?.GetValue<string>() is { } typename ? (IComplexGraphType)schema.AllTypes[typename]! : (IComplexGraphType)type
                    .GetNamedType();
                foreach (var (name, value) in obj)
                {
                    if (name == "__typename" || objectType.GetField(name) is not { } field)
                    {
                        continue;
                    }

                    var fieldPath = Join(path, name);
                    var sourceBound = field.HasMetadata(FieldDenial.DerivedFromSourceKey);
                    if ((FieldDenial.IsDeniable(field) && objectType.Name + "." + field.Name == deniable) || FieldDenial.SourcesOf(field).Contains(deniable))
                    {
                        expected.Add(fieldPath);
                    }
                    else if (sourceBound)
                    {
                        optional.Add(fieldPath);
                    }
                    else
                    {
                        Visit(schema, value, field.ResolvedType!, fieldPath, deniable, expected, optional);
                    }
                }

                return;
        }
    }

    private static List<string> Strings(JsonNode? list) => list!.AsArray().Select(n => n!.GetValue<string>()).ToList();

    private static string Join(string path, string segment) => path.Length == 0 ? segment : path + "/" + segment;

    private static List<string> Paths(GraphQLResponse response) =>
        response.Errors.Select(e => string.Join('/', e["path"]!.AsArray().Select(p => p!.ToString()))).Order(StringComparer.Ordinal).ToList();

    private static JsonNode? At(JsonNode data, string path) =>
        path.Split('/').Aggregate<string, JsonNode?>(data, (node, segment) => node switch
        {
            JsonArray array => array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)],
            JsonObject obj => obj[segment],
            _ => null,
        });
}

public sealed class FieldPermissionOnSqlite(SqliteSecurityFixture fixture, ITestOutputHelper output)
    : FieldPermissionTests(fixture, output), IClassFixture<SqliteSecurityFixture>;

public sealed class FieldPermissionOnPostgres(PostgresSecurityFixture fixture, ITestOutputHelper output)
    : FieldPermissionTests(fixture, output), IClassFixture<PostgresSecurityFixture>;
