using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Domain;

internal sealed class Product : AggregateRoot
{
    public string Sku { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public long UnitPriceScaled { get; set; }

    public string Currency { get; set; } = "USD";

    /// <summary>Tax rate in percent, e.g. 8.25.</summary>
    public decimal TaxRate { get; set; }

    public bool Active { get; set; } = true;
}

internal enum OrderStatus
{
    Draft,
    Confirmed,
    Paid,
    Shipped,
    Completed,
    Cancelled,
}

internal sealed class Order : AggregateRoot, IOwnedRecord, IOrderRecord
{
    /// <summary>Per-tenant number, given on confirmation (drafts have none, so abandoned drafts leave no gaps).</summary>
    public string? Number { get; set; }

    public Guid CustomerId { get; set; }

    public Guid? OpportunityId { get; set; }

    public string OwnerId { get; set; } = string.Empty;

    public string Currency { get; set; } = "USD";

    public OrderStatus Status { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? PaidAt { get; set; }

    /// <summary>The confirmation day (UTC), for grouping by period in SQL.</summary>
    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>Stored copies of the totals, kept in step with the lines, so statistics add up in SQL.</summary>
    public long TotalScaled { get; set; }

    public long? TotalInBaseScaled { get; set; }

    public void RefreshTotals()
    {
        TotalScaled = Scaled.From(Total);
        if (RateToBase is { } rate)
        {
            TotalInBaseScaled = Scaled.From(Scaled.Cents(Total * rate));
            foreach (var line in Lines)
            {
                line.NetInBaseScaled = Scaled.From(Scaled.Cents(line.Net * rate));
            }
        }
    }

    public long PaidScaled { get; set; }

    /// <summary>Base-currency units per unit of <see cref="Currency"/>, taken on confirmation and kept: history does not shift.</summary>
    public decimal? RateToBase { get; set; }

    public string? BaseCurrency { get; set; }

    public decimal? TotalInBase => RateToBase is { } rate ? Scaled.Cents(Total * rate) : null;

    public string? Notes { get; set; }

    public List<OrderLine> Lines { get; set; } = [];

    public decimal Net => Lines.Sum(l => l.Net);

    public decimal Tax => Lines.Sum(l => l.Tax);

    public decimal Total => Net + Tax;

    public decimal Paid => Scaled.To(PaidScaled);

    public decimal Outstanding => Total - Paid;

    public bool FullyShipped => Lines.Count > 0 && Lines.All(l => l.ShippedScaled >= l.QuantityScaled);
}

/// <summary>A product or a custom item with its specification attributes.</summary>
internal sealed class OrderLine : TenantEntity
{
    public Guid OrderId { get; set; }

    /// <summary>Order of the lines as entered.</summary>
    public int Position { get; set; }

    public Guid? ProductId { get; set; }

    public string? Sku { get; set; }

    public string Description { get; set; } = string.Empty;

    public long QuantityScaled { get; set; }

    public long UnitPriceScaled { get; set; }

    /// <summary>Discount in percent (0-100).</summary>
    public decimal Discount { get; set; }

    /// <summary>Tax rate in percent.</summary>
    public decimal TaxRate { get; set; }

    /// <summary>Specification attributes of a customised item (e.g. colour, size).</summary>
    public Dictionary<string, string> Attributes { get; set; } = [];

    public long ShippedScaled { get; set; }

    /// <summary>The line's net in the base currency at the order's rate, set on confirmation (statistics by product).</summary>
    public long? NetInBaseScaled { get; set; }

    public decimal Quantity => Scaled.To(QuantityScaled);

    public decimal UnitPrice => Scaled.To(UnitPriceScaled);

    public decimal Net => Scaled.Cents(Quantity * UnitPrice * (1 - (Discount / 100m)));

    public decimal Tax => Scaled.Cents(Net * TaxRate / 100m);
}

internal sealed class Payment : TenantEntity
{
    public Guid OrderId { get; set; }

    public long AmountScaled { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reference { get; set; }

    public string RecordedBy { get; set; } = string.Empty;
}

internal sealed class Shipment : TenantEntity
{
    public Guid OrderId { get; set; }

    public DateTimeOffset At { get; set; }

    public string? Reference { get; set; }

    /// <summary>Line id (N format) to shipped quantity.</summary>
    public Dictionary<string, decimal> Quantities { get; set; } = [];

    public string RecordedBy { get; set; } = string.Empty;
}

/// <summary>The tenant's base currency (one row per tenant).</summary>
internal sealed class CurrencySettings : AggregateRoot
{
    public string Key { get; set; } = "default";

    public string BaseCurrency { get; set; } = "USD";

    /// <summary>Remind the owner when a confirmed order is still unpaid this many days later.</summary>
    public int UnpaidReminderDays { get; set; } = 14;

    /// <summary>Remind the owner when a paid order is still not fully shipped this many days later.</summary>
    public int UnshippedReminderDays { get; set; } = 7;
}

/// <summary>Base-currency units per unit of <see cref="Currency"/>, valid from <see cref="Date"/>.</summary>
internal sealed class ExchangeRate : TenantEntity
{
    public string Currency { get; set; } = string.Empty;

    public DateOnly Date { get; set; }

    public decimal Rate { get; set; }
}

/// <summary>The tenant's order-number sequence; taken in the confirming transaction, so numbers have no gaps or duplicates.</summary>
internal sealed class NumberSequence : AggregateRoot
{
    public string Name { get; set; } = string.Empty;

    public long Next { get; set; } = 1;
}
