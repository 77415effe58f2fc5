namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>A contact of an imported customer.</summary>
public sealed record ContactRecord(string Name, string? Title, string? Phone, string? Email);
