using System.Text.Json;
using SalesSuite.SharedKernel.Audit;

namespace SalesSuite.Security.Tests;

/// <summary>
/// The audit log's change text is hashed into the chain: the writer that builds it must give, byte for byte, what
/// <see cref="JsonSerializer"/> gave for the same changes (the entries written before it existed keep verifying).
/// </summary>
public sealed class AuditChangesJsonTests
{
    [Fact]
    public void Every_kind_of_value_is_written_as_the_serializer_wrote_it()
    {
        var id = Guid.Parse("0193a6f5-7c2e-7b1a-9d4e-2f5c8a1b3e70");
        var at = new DateTimeOffset(2026, 12, 7, 15, 4, 5, 678, TimeSpan.FromHours(1));
        var changes = new List<AuditTrail.Change>
        {
            new("Address.City", false, "Zürich", "Genève <\"Nord\"> & 'Süd'"),
            new("Amount", false, 12.50m, -0.001m),
            new("ArchivedAt", false, null, at),
            new("Count", false, 3, 4L),
            new("CustomerId", false, null, id),
            new("Email", true, "old@example.com", "new@example.com"),
            new("Flag", false, true, false),
            new("Name", false, "Ævar 李 😀", "tab\there\nline"),
            new("Phone", true, null, "+47 1234"),
            new("Ratio", false, 0.1d, 1e21d),
            new("Released", false, new DateOnly(2026, 1, 2), null),
        };
        var expected = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            expected[change.Name] = new Dictionary<string, object?>
            {
                ["before"] = change.Sensitive && change.Before is not null ? "(protected)" : change.Before,
                ["after"] = change.Sensitive && change.After is not null ? "(protected)" : change.After,
            };
        }

        var written = AuditTrail.Json(changes);

        Assert.Equal(JsonSerializer.Serialize(expected), written);
        Assert.Contains("\"Email\":{\"before\":\"(protected)\",\"after\":\"(protected)\"}", written, StringComparison.Ordinal);
        Assert.Contains("\"Phone\":{\"before\":null,\"after\":\"(protected)\"}", written, StringComparison.Ordinal);
    }

    [Fact]
    public void No_changes_are_an_empty_object()
    {
        Assert.Equal("{}", AuditTrail.Json([]));
    }
}
