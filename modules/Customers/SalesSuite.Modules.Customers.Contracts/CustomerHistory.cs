namespace SalesSuite.Modules.Customers.Contracts;

/// <summary>
/// One import of <see cref="ICustomerHistoryImport"/>. Customers are saved day by day in the order of their registration,
/// each stamped with its day's first registration; levels and categories before them, interactions after them.
/// </summary>
public sealed record CustomerHistory(
    IReadOnlyList<CustomerLevelRecord> Levels,
    IReadOnlyList<CustomerCategoryRecord> Categories,
    IReadOnlyList<CustomerHistoryRecord> Customers,
    IReadOnlyList<InteractionHistoryRecord> Interactions);
