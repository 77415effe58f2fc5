namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>A customer level of the tenant (e.g. A, B, C); <paramref name="Rank"/> orders them.</summary>
public sealed record CustomerLevelRecord(string Code, string Name, int Rank);
