using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// One line of a confirmed order in the reporting read model, built from the Orders module's events only. Money and
/// quantities are integers of 1/10,000 (exact sums on every provider); the calendar columns are the tenant's local
/// day and the first day of its week (Monday), month, quarter and year, so grouping by period needs no date functions.
/// </summary>
internal sealed class SalesLine : CalendarFact, IOwnedRecord
{
    private SalesLine()
    {
    }

    public SalesLine(Guid lineId) => Id = lineId;

    public Guid OrderId { get; set; }

    public Guid CustomerId { get; set; }

    /// <summary>The rep who owns the order.</summary>
    public string OwnerId { get; set; } = string.Empty;

    /// <summary>The product's SKU, or the custom item's description.</summary>
    public string ProductKey { get; set; } = string.Empty;

    public string ProductName { get; set; } = string.Empty;

    public long QuantityScaled { get; set; }

    public long NetInBaseScaled { get; set; }

    /// <summary>1 on the first line of each order, 0 on the others: orders are counted by a plain sum whenever the grouping is by order-level dimensions
    /// (period, rep, customer).</summary>
    public int OrderCount { get; set; }

    /// <summary>1 on the first line of each product in an order, 0 on the others: orders are counted by a plain sum when the grouping is by product
    /// (and order-level dimensions), as <see cref="OrderCount"/> does without products.</summary>
    public int ProductOrderCount { get; set; }
}
