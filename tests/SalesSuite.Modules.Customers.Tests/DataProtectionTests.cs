using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;
using SalesSuite.SharedKernel.Security;
using SalesSuite.Testing;

namespace SalesSuite.Modules.Customers.Tests;

/// <summary>Contact phone and email and the street address are encrypted at rest; exact lookups still work.</summary>
public abstract class DataProtectionTests(TestProvider provider) : FreshAppTests(provider)
{
    [Fact]
    public async Task The_database_holds_no_plaintext_phone_email_or_street_and_lookup_by_phone_works()
    {
        var admin = App.As("demo");
        await admin.DataAsync("""
            mutation { createCustomer(input: { name: "Cipher Works", address: { line1: "742 Evergreen Terrace", postalCode: "49007", city: "Springfield" },
              contacts: [{ name: "Homer", phone: "+1 939 555 0113", email: "homer@cipher-works.example" }] }) { customer { id } } }
            """);

        var dump = await DumpTablesAsync();
        Assert.Contains("Cipher Works", dump);
        Assert.Contains("Springfield", dump);
        foreach (var secret in new[] { "homer@cipher-works.example", "939 555 0113", "9395550113", "742 Evergreen", "49007" })
        {
            Assert.DoesNotContain(secret, dump);
        }

        var found = await admin.DataAsync(
            "{ customers(search: \"+1-939-555-0113\") { nodes { name address { line1 postalCode } contacts { phone email } } } }");
        var node = found["customers"]!["nodes"]![0]!;
        Assert.Equal("Cipher Works", node["name"]!.GetValue<string>());
        Assert.Equal("742 Evergreen Terrace", node["address"]!["line1"]!.GetValue<string>());
        Assert.Equal("+1 939 555 0113", node["contacts"]![0]!["phone"]!.GetValue<string>());
        Assert.Equal("homer@cipher-works.example", node["contacts"]![0]!["email"]!.GetValue<string>());

        var audit = await admin.DataAsync("{ auditLog(where: { entityType: { eq: \"Contact\" } }, first: 1) { nodes { changes } } }");
        Assert.DoesNotContain("homer@", audit["auditLog"]!["nodes"]![0]!["changes"]!.GetValue<string>());
    }

    /// <summary>Every text value of the customers and audit tables, as stored.</summary>
    private async Task<string> DumpTablesAsync()
    {
        var tables = Provider == TestProvider.Sqlite
            ? new[] { "customers_Customers", "customers_Contacts", "audit_AuditLog" }
            : new[] { "customers.\"Customers\"", "customers.\"Contacts\"", "audit.\"AuditLog\"" };
        await using DbConnection connection = Provider == TestProvider.Sqlite
            ? new SqliteConnection(Database.ConnectionString)
            : new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        var text = new System.Text.StringBuilder();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('|');
                }
            }
        }

        return text.ToString();
    }
}

public sealed class DataProtectionOnSqlite() : DataProtectionTests(TestProvider.Sqlite);

public sealed class DataProtectionOnPostgres() : DataProtectionTests(TestProvider.Postgres);

public sealed class KeyRotationTests
{
    [Fact]
    public void After_rotation_old_values_stay_readable_and_new_values_use_the_new_key()
    {
        var path = Path.Combine(Path.GetTempPath(), "salessuite-keyring-" + Guid.NewGuid().ToString("N") + ".json");
        try
        {
            var before = FieldProtector.LoadOrCreate(path);
            var old = before.Protect("+1 555 0100");
            var index = before.BlindIndex("phone:15550100");

            var newKey = FieldProtector.Rotate(path);
            var after = FieldProtector.LoadOrCreate(path);

            Assert.Equal("k2", newKey);
            Assert.Equal("+1 555 0100", after.Unprotect(old));
            Assert.False(after.IsActive(old));
            Assert.True(after.IsActive(after.Protect("+1 555 0100")));
            Assert.Equal(index, after.BlindIndex("phone:15550100"));
            Assert.NotEqual(after.Protect("same"), after.Protect("same"));
            var tampered = old[..^4] + (old[^4] == 'A' ? "B" : "A") + old[^3..];
            Assert.ThrowsAny<CryptographicException>(() => after.Unprotect(tampered));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
