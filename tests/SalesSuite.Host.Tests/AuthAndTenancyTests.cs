using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using SalesSuite.Host.Identity;
using SalesSuite.Testing;

namespace SalesSuite.Host.Tests;

/// <summary>Who may ask, for which tenant: every refusal happens before module code runs.</summary>
public sealed class AuthAndTenancyTests(SqliteAppFixture fixture) : IClassFixture<SqliteAppFixture>
{
    private const string Query = "{ customers(first: 100) { totalCount nodes { name } } }";

    private SalesSuiteApp App => fixture.App;

    private async Task<GraphQLResponse> PostAsync(string? token, string query = Query, string? tenantHeader = null, string? host = null)
    {
        var http = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { query }),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (tenantHeader is not null)
        {
            request.Headers.Add("X-Tenant", tenantHeader);
        }

        if (host is not null)
        {
            request.Headers.Host = host;
        }

        App.Sql.Clear();
        return await GraphQLResponse.ReadAsync(await http.SendAsync(request));
    }

    [Fact]
    public async Task Without_a_token_data_is_refused_with_401_and_no_query_runs()
    {
        var response = await PostAsync(null, tenantHeader: "demo");

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("UNAUTHENTICATED", response.FirstErrorCode);
        Assert.Empty(App.Sql.Commands);
    }

    [Fact]
    public async Task A_token_with_a_bad_signature_or_past_its_expiry_is_refused()
    {
        var forged = MakeToken(new SymmetricSecurityKey(new byte[64]), [new Claim("sub", "admin"), new Claim("tenant", "demo")], DateTime.UtcNow.AddHours(1));
        var expired = MakeToken(DevKey(), [new Claim("sub", "admin"), new Claim("tenant", "demo")], DateTime.UtcNow.AddMinutes(-5));

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(forged)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(expired)).Status);
    }

    [Fact]
    public async Task Introspection_is_open_in_Development_without_a_token()
    {
        var response = await PostAsync(null, "{ __schema { queryType { name } } __type(name: \"Customer\") { fields { name } } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Query", response.Data!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_unknown_tenant_is_refused()
    {
        var byHeader = await PostAsync(App.Token("demo"), tenantHeader: "nosuchtenant");
        var byToken = await PostAsync(App.Token("nosuchtenant"));
        var byHeaderAlone = await PostAsync(null, tenantHeader: "nosuchtenant");

        Assert.Equal(HttpStatusCode.Forbidden, byHeader.Status);
        Assert.Equal("TENANT_MISMATCH", byHeader.FirstErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, byToken.Status);
        Assert.Equal("TENANT_NOT_FOUND", byToken.FirstErrorCode);
        Assert.Equal(HttpStatusCode.BadRequest, byHeaderAlone.Status);
        Assert.Equal("TENANT_NOT_FOUND", byHeaderAlone.FirstErrorCode);
        Assert.Empty(App.Sql.Commands);
    }

    [Fact]
    public async Task A_header_or_host_naming_another_tenant_than_the_token_is_refused()
    {
        var header = await PostAsync(App.Token("demo"), tenantHeader: "acme");
        var host = await PostAsync(App.Token("demo"), host: "acme.localhost");

        Assert.Equal("TENANT_MISMATCH", header.FirstErrorCode);
        Assert.Equal(HttpStatusCode.Forbidden, header.Status);
        Assert.Equal("TENANT_MISMATCH", host.FirstErrorCode);
        Assert.Empty(App.Sql.Commands);
    }

    [Fact]
    public async Task The_tenant_comes_from_the_token_the_header_or_the_host_name_alike()
    {
        var byToken = await PostAsync(App.Token("acme"));
        var byHeader = await PostAsync(App.Token("acme"), tenantHeader: "acme");
        var byHost = await PostAsync(App.Token("acme"), host: "acme.localhost");

        foreach (var response in new[] { byToken, byHeader, byHost })
        {
            Assert.Equal(HttpStatusCode.OK, response.Status);
            Assert.Contains("Roadrunner Logistics", response.Data!["customers"]!["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
        }
    }

    [Fact]
    public async Task A_token_without_a_tenant_claim_is_refused()
    {
        var token = MakeToken(DevKey(), [new Claim("sub", "admin")], DateTime.UtcNow.AddHours(1));

        var response = await PostAsync(token, tenantHeader: "demo");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("TENANT_REQUIRED", response.FirstErrorCode);
    }

    private static SymmetricSecurityKey DevKey() =>
        DevTokenIssuer.KeyFrom("salessuite-development-signing-key-not-for-production-use");

    private static string MakeToken(SecurityKey key, IEnumerable<Claim> claims, DateTime expires) =>
        new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
            "salessuite-dev", "salessuite", claims, expires.AddHours(-2), expires, new SigningCredentials(key, SecurityAlgorithms.HmacSha256)));
}
