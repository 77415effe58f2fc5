using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>A catalog product, known by its SKU.</summary>
internal sealed class Product : AggregateRoot
{
    /// <summary>For EF Core.</summary>
    private Product()
    {
    }

    public string Sku { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public long UnitPriceScaled { get; private set; }

    public string Currency { get; private set; } = "USD";

    /// <summary>Tax rate in percent, e.g. 8.25.</summary>
    public decimal TaxRate { get; private set; }

    public bool Active { get; private set; } = true;

    /// <summary>A new product: in USD unless a currency is given, active unless said otherwise.</summary>
    public static Product Define(string sku, ProductDetails details)
    {
        if (string.IsNullOrWhiteSpace(sku))
        {
            throw new ArgumentException("A product needs a SKU.", nameof(sku));
        }

        var product = new Product { Sku = sku };
        product.Change(details);
        return product;
    }

    /// <summary>Takes the details: name, price and tax rate always; currency and active only when given.</summary>
    public void Change(ProductDetails details)
    {
        Name = details.Name;
        UnitPriceScaled = Scaled.From(details.UnitPrice);
        Currency = details.Currency ?? Currency;
        TaxRate = details.TaxRate;
        Active = details.Active ?? Active;
    }
}
