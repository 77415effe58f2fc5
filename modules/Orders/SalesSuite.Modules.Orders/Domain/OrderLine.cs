using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>A product or a custom item with its specification attributes; its order places it, ships it and converts it.</summary>
internal sealed class OrderLine : TenantEntity
{
    /// <summary>For EF Core.</summary>
    private OrderLine()
    {
    }

    public Guid OrderId { get; private set; }

    /// <summary>Order of the lines as entered.</summary>
    public int Position { get; private set; }

    public Guid? ProductId { get; private set; }

    public string? Sku { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public long QuantityScaled { get; private set; }

    public long UnitPriceScaled { get; private set; }

    /// <summary>Discount in percent (0-100).</summary>
    public decimal Discount { get; private set; }

    /// <summary>Tax rate in percent.</summary>
    public decimal TaxRate { get; private set; }

    /// <summary>Specification attributes of a customised item (e.g. colour, size).</summary>
    public Dictionary<string, string> Attributes { get; private set; } = [];

    public long ShippedScaled { get; private set; }

    /// <summary>The line's net in the base currency at the order's rate, set on confirmation (statistics by product).</summary>
    public long? NetInBaseScaled { get; private set; }

    public decimal Quantity => Scaled.To(QuantityScaled);

    public decimal UnitPrice => Scaled.To(UnitPriceScaled);

    public decimal Net => Scaled.Cents(Quantity * UnitPrice * (1 - (Discount / 100m)));

    public decimal Tax => Scaled.Cents(Net * TaxRate / 100m);

    /// <summary>
    /// A line of a catalog product (<paramref name="productId"/> and its SKU) or a custom item, not yet on an order
    /// (<see cref="Order.AddLine"/> places it). Discount and tax rate are percents from 0 to 100.
    /// </summary>
    public static OrderLine Of(Guid? productId, string? sku, string description, long quantityScaled, long unitPriceScaled,
        decimal discount = 0m, decimal taxRate = 0m, IReadOnlyDictionary<string, string>? attributes = null)
    {
        if (discount is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(discount), discount, "A discount is a percent from 0 to 100.");
        }

        if (taxRate is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(taxRate), taxRate, "A tax rate is a percent from 0 to 100.");
        }

        return new OrderLine
        {
            ProductId = productId,
            Sku = sku,
            Description = description,
            QuantityScaled = quantityScaled,
            UnitPriceScaled = unitPriceScaled,
            Discount = discount,
            TaxRate = taxRate,
            Attributes = attributes is null ? [] : new Dictionary<string, string>(attributes),
        };
    }

    /// <summary>Puts the line on its order at <paramref name="position"/>.</summary>
    public void PlaceOn(Guid orderId, int position)
    {
        OrderId = orderId;
        Position = position;
    }

    /// <summary>Counts <paramref name="quantityScaled"/> more as shipped; never more than the line holds.</summary>
    public void Ship(long quantityScaled)
    {
        if (quantityScaled <= 0 || ShippedScaled + quantityScaled > QuantityScaled)
        {
            throw new ArgumentOutOfRangeException(nameof(quantityScaled), quantityScaled,
                "A shipment delivers more than 0 and at most what is not yet shipped.");
        }

        ShippedScaled += quantityScaled;
    }

    /// <summary>Fixes the net in the base currency at <paramref name="rateToBase"/>, rounded to cents.</summary>
    public void ConvertToBase(decimal rateToBase) => NetInBaseScaled = Scaled.From(Scaled.Cents(Net * rateToBase));
}
