using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Features.DefineProduct;

/// <summary>defineProduct's rules: a SKU and a name, a price from 0 to 1,000,000,000, a tax rate from 0 to 100 percent, a currency code.</summary>
internal static class DefineProductValidator
{
    /// <summary>The product's details (a tax rate left out is 0); throws VALIDATION listing every problem.</summary>
    public static ProductDetails Check(DefineProductInput input)
    {
        var validator = new Validator().Required("sku", input.Sku, 64).Required("name", input.Name, 200);
        var price = input.UnitPrice ?? 0m;
        if (price is < 0 or > 1_000_000_000m)
        {
            validator.Add("unitPrice", "must be between 0 and 1,000,000,000.");
        }

        var tax = input.TaxRate ?? 0m;
        if (tax is < 0 or > 100)
        {
            validator.Add("taxRate", "must be between 0 and 100 (percent).");
        }

        var currency = CurrencyCode.Check(validator, "currency", input.Currency);
        validator.ThrowIfInvalid();
        return new ProductDetails(input.Name!, price, currency, tax, input.Active);
    }
}
