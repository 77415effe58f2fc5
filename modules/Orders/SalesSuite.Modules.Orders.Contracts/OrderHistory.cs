namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>
/// One import of <see cref="IOrderHistoryImport"/>: the rates, the products and the order-number sequence (starting at
/// <paramref name="NextNumber"/>) are recorded at <paramref name="CatalogAt"/>, before the orders.
/// </summary>
public sealed record OrderHistory(
    DateTimeOffset CatalogAt,
    IReadOnlyList<ExchangeRateRecord> Rates,
    IReadOnlyList<ProductRecord> Products,
    long NextNumber,
    IReadOnlyList<OrderHistoryRecord> Orders);
