using System.Text.Json.Nodes;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Orders.Tests;

/// <summary>
/// Money from JavaScript clients: a Decimal input takes a decimal string ("12345.67") as well as a number, in variables and in
/// literals, exactly; any other string is a VALIDATION error that says what to send. Inputs give their units as outputs do.
/// </summary>
public abstract class DecimalInputTests(AppFixture fixture)
{
    private const string Create = """
        mutation($c: ID!, $lines: [OrderLineInput!]) { createOrder(input: { customerId: $c, lines: $lines }) {
          order { id net tax total lines { quantity unitPrice discount taxRate net tax } } } }
        """;

    private GraphQLClient Admin => fixture.App.As("demo", "admin", "admin");

    [Fact]
    public async Task Decimal_strings_are_taken_exactly_in_variables_and_in_literals()
    {
        var customer = await CustomerAsync("Exact Money Co");
        var lines = new JsonArray(
            new JsonObject { ["description"] = "Consulting", ["quantity"] = "3", ["unitPrice"] = "12345.67", ["discount"] = "12.5", ["taxRate"] = "19" },
            new JsonObject { ["description"] = "Travel", ["quantity"] = 1, ["unitPrice"] = 0.1, ["taxRate"] = 0 });

        var order = (await Admin.DataAsync(Create, new JsonObject { ["c"] = customer, ["lines"] = lines }))["createOrder"]!["order"]!;

        var first = order["lines"]![0]!;
        Assert.Equal(3m, first["quantity"]!.GetValue<decimal>());
        Assert.Equal(12345.67m, first["unitPrice"]!.GetValue<decimal>());
        Assert.Equal(12.5m, first["discount"]!.GetValue<decimal>());
        Assert.Equal(19m, first["taxRate"]!.GetValue<decimal>());
        Assert.Equal(32407.38m, first["net"]!.GetValue<decimal>()); // 3 × 12345.67 × 0.875 = 32407.38375
        Assert.Equal(0.1m, order["lines"]![1]!["unitPrice"]!.GetValue<decimal>());
        Assert.Equal(32407.48m, order["net"]!.GetValue<decimal>());

        var literal = (await Admin.DataAsync("""
            mutation($id: ID!) { addOrderLine(input: { orderId: $id, description: "Literal", quantity: "0.5", unitPrice: "0.30", taxRate: "1e1" }) {
              order { lines { description quantity unitPrice taxRate net } } } }
            """, new { id = order["id"]!.GetValue<string>() }))["addOrderLine"]!["order"]!["lines"]!.AsArray()
            .Single(l => l!["description"]!.GetValue<string>() == "Literal")!;
        Assert.Equal(0.5m, literal["quantity"]!.GetValue<decimal>());
        Assert.Equal(0.30m, literal["unitPrice"]!.GetValue<decimal>());
        Assert.Equal(10m, literal["taxRate"]!.GetValue<decimal>());
        Assert.Equal(0.15m, literal["net"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData("12,345.67")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(" 12.5")]
    [InlineData("1 000")]
    [InlineData("0x10")]
    [InlineData("NaN")]
    [InlineData("99999999999999999999999999999999")]
    public async Task A_string_that_is_not_a_decimal_number_is_a_VALIDATION_error_and_changes_nothing(string text)
    {
        var customer = await CustomerAsync("Bad Money Co " + text.GetHashCode(StringComparison.Ordinal));
        var before = await OrderCountAsync();

        var asVariable = await Admin.PostAsync(Create, new JsonObject
        {
            ["c"] = customer,
            ["lines"] = new JsonArray(new JsonObject { ["description"] = "Bad", ["quantity"] = "1", ["unitPrice"] = text }),
        });
        var asLiteral = await Admin.PostAsync($$"""
            mutation($c: ID!) { createOrder(input: { customerId: $c,
                lines: [{ description: "Bad", quantity: 1, unitPrice: {{System.Text.Json.JsonSerializer.Serialize(text)}} }] }) { order { id } } }
            """, new { c = customer });

        foreach (var response in new[] { asVariable, asLiteral })
        {
            Assert.Equal("VALIDATION", response.FirstErrorCode);
            Assert.Single(response.Errors);
            var message = response.Errors[0]["message"]!.GetValue<string>();
            Assert.True(message.Contains("is not a decimal number", StringComparison.Ordinal), message);
            Assert.Null(response.Data?["createOrder"]);
        }

        Assert.Equal(before, await OrderCountAsync());
    }

    [Fact]
    public async Task Input_fields_give_their_units_as_the_output_fields_do()
    {
        var types = (await Admin.DataAsync("""
            { line: __type(name: "OrderLineInput") { inputFields { name description } }
              product: __type(name: "DefineProductInput") { inputFields { name description } }
              opportunity: __type(name: "CreateOpportunityInput") { inputFields { name description } }
              payment: __type(name: "RecordPaymentInput") { inputFields { name description } }
              rate: __type(name: "SetExchangeRateInput") { inputFields { name description } }
              output: __type(name: "OrderLine") { fields { name description } }
              decimal: __type(name: "Decimal") { description } }
            """));
        string Of(string type, string field) =>
            types[type]!["inputFields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == field)!["description"]?.GetValue<string>() ?? "";

        Assert.StartsWith("Percent", Of("line", "discount"), StringComparison.Ordinal);
        Assert.StartsWith("Percent", Of("line", "taxRate"), StringComparison.Ordinal);
        Assert.StartsWith("Percent", Of("product", "taxRate"), StringComparison.Ordinal);
        Assert.Contains("currency", Of("line", "unitPrice"), StringComparison.Ordinal);
        Assert.Contains("currency", Of("product", "unitPrice"), StringComparison.Ordinal);
        Assert.Contains("currency", Of("opportunity", "amount"), StringComparison.Ordinal);
        Assert.Contains("0-100", Of("opportunity", "probability"), StringComparison.Ordinal);
        Assert.Contains("currency", Of("payment", "amount"), StringComparison.Ordinal);
        Assert.Contains("Base-currency units", Of("rate", "rate"), StringComparison.Ordinal);
        Assert.StartsWith("Percent",
            types["output"]!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "discount")!["description"]!.GetValue<string>(),
            StringComparison.Ordinal);
        Assert.Contains("decimal string", types["decimal"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<string> CustomerAsync(string name) =>
        (await Admin.DataAsync("mutation($n: String!) { createCustomer(input: { name: $n }) { customer { id } } }", new { n = name }))
            ["createCustomer"]!["customer"]!["id"]!.GetValue<string>();

    private async Task<int> OrderCountAsync() => (await Admin.DataAsync("{ orders { totalCount } }"))["orders"]!["totalCount"]!.GetValue<int>();
}

public sealed class DecimalInputOnSqlite(SqliteAppFixture fixture) : DecimalInputTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class DecimalInputOnPostgres(PostgresAppFixture fixture) : DecimalInputTests(fixture), IClassFixture<PostgresAppFixture>;
