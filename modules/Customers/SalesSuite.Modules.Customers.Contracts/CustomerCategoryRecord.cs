namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>A customer category of the tenant (e.g. ENT, SMB).</summary>
public sealed record CustomerCategoryRecord(string Code, string Name);
