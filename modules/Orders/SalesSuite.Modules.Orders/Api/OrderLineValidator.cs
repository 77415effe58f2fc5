using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Api;

/// <summary>
/// The rules of a line, for createOrder (each of its <c>lines[i]</c>) and addOrderLine: an active product of the order's
/// currency, or a custom item with a description and a unit price; quantity, price, discount, tax rate and attributes in range.
/// </summary>
internal static class OrderLineValidator
{
    public const decimal MaxQuantity = 1_000_000m;

    /// <summary>The products the lines name, to look up (an id that is not a product's looks up nothing).</summary>
    public static IReadOnlyList<Guid> ProductIds(IEnumerable<OrderLineInput> lines) =>
        lines.Where(l => l.ProductId is not null)
            .Select(l => GlobalId.TryDecode(InputValues.Clean(l.ProductId), out var type, out var id) && type == "Product" ? id : Guid.Empty)
            .ToList();

    /// <summary>
    /// The line to add, its problems added to <paramref name="validator"/> under <paramref name="path"/> (null: the input's own
    /// fields); null when it has any (the caller throws them all).
    /// </summary>
    public static OrderLine? Check(OrderLineInput input, string? path, string orderCurrency, IReadOnlyDictionary<Guid, Product> products, Validator validator)
    {
        string Field(string name) => path is null ? name : $"{path}.{name}";
        var problems = validator.Errors.Count;
        var (productId, sku, description, unitPriceScaled, taxRate) = ((Guid?)null, (string?)null, string.Empty, 0L, 0m);
        if (input.ProductId is not null)
        {
            var id = GlobalId.Decode(input.ProductId, "Product", Field("productId"));
            if (!products.TryGetValue(id, out var product) || !product.Active)
            {
                validator.Add(Field("productId"), "is not an active product of this tenant.");
            }
            else
            {
                if (product.Currency != orderCurrency)
                {
                    validator.Add(Field("productId"), $"is priced in {product.Currency}, the order in {orderCurrency}.");
                }

                (productId, sku, description, unitPriceScaled, taxRate) = (product.Id, product.Sku, product.Name, product.UnitPriceScaled, product.TaxRate);
            }
        }
        else
        {
            validator.Required(Field("description"), input.Description, 500);
        }

        if (input.Description is { } given)
        {
            validator.MaxLength(Field("description"), description = given, 500);
        }

        var quantity = input.Quantity ?? 0m;
        if (quantity < 0.0001m || quantity > MaxQuantity)
        {
            validator.Add(Field("quantity"), "must be more than 0 and at most 1,000,000.");
        }

        var quantityScaled = Scaled.From(quantity);
        if (input.UnitPrice is { } price)
        {
            if (price is < 0 or > 1_000_000_000m)
            {
                validator.Add(Field("unitPrice"), "must be between 0 and 1,000,000,000.");
            }

            unitPriceScaled = Scaled.From(price);
        }
        else if (productId is null)
        {
            validator.Add(Field("unitPrice"), "is required for a custom item.");
        }

        var discount = input.Discount ?? 0m;
        if (discount is < 0 or > 100)
        {
            validator.Add(Field("discount"), "must be between 0 and 100 (percent).");
        }

        taxRate = input.TaxRate ?? taxRate;
        if (taxRate is < 0 or > 100)
        {
            validator.Add(Field("taxRate"), "must be between 0 and 100 (percent).");
        }

        var attributes = new Dictionary<string, string>();
        for (var i = 0; i < input.Attributes.Count; i++)
        {
            var (name, value) = (input.Attributes[i].Name, input.Attributes[i].Value);
            validator.Required(Field($"attributes[{i}].name"), name, 100).MaxLength(Field($"attributes[{i}].value"), value, 500);
            if (name is not null)
            {
                attributes[name] = value ?? string.Empty;
            }
        }

        return validator.Errors.Count > problems
            ? null
            : OrderLine.Of(productId, sku, description, quantityScaled, unitPriceScaled, discount, taxRate, attributes);
    }
}
