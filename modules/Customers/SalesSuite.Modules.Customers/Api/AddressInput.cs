namespace SalesSuite.Modules.Customers.Api;

/// <summary>A postal address as an input sends it (createCustomer, updateCustomer); texts trimmed, blank ones null.</summary>
internal sealed record AddressInput
{
    public string? Line1 { get; init; }

    public string? City { get; init; }

    public string? State { get; init; }

    public string? PostalCode { get; init; }

    public string? Country { get; init; }

    /// <summary>The parts by their input names, what <see cref="Domain.Customer.Relocate"/> takes.</summary>
    public IReadOnlyDictionary<string, string?> Parts() => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["line1"] = Line1,
        ["city"] = City,
        ["state"] = State,
        ["postalCode"] = PostalCode,
        ["country"] = Country,
    };
}
