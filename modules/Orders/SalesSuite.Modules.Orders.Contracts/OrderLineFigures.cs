namespace SalesSuite.Modules.Orders.Contracts;

/// <summary>A line of a confirmed order as reports see it: product key (the SKU, or the custom item's description), name, quantity and net in the base
/// currency.</summary>
public sealed record OrderLineFigures(Guid LineId, string ProductKey, string ProductName, decimal Quantity, decimal NetInBase);
