using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SalesSuite.Modules.Customers.Contracts;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;

namespace SalesSuite.Modules.Orders.Domain;

internal sealed class OrderCommands(ModuleDbContextFactory<OrdersDbContext> contexts, ICurrentUser user, TimeProvider clock, IServiceProvider services)
{
    public async Task<Product> DefineProductAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var sku = input.String("sku");
        var validator = new Validator().Required("sku", sku, 64).Required("name", input.String("name"), 200);
        var price = input.Value<decimal>("unitPrice") ?? 0m;
        if (price is < 0 or > 1_000_000_000m)
        {
            validator.Add("unitPrice", "must be between 0 and 1,000,000,000.");
        }

        var tax = input.Value<decimal>("taxRate") ?? 0m;
        if (tax is < 0 or > 100)
        {
            validator.Add("taxRate", "must be between 0 and 100 (percent).");
        }

        var currency = Currency(input, validator);
        validator.ThrowIfInvalid();
        var product = await db.Products.AsTracking().FirstOrDefaultAsync(p => p.Sku == sku, ct);
        if (product is null)
        {
            product = new Product { Sku = sku! };
            db.Products.Add(product);
        }
        else
        {
            db.ExpectVersion(product, input.Value<long>("version"));
            db.Touch(product);
        }

        product.Name = input.String("name")!;
        product.UnitPriceScaled = Scaled.From(price);
        product.Currency = currency ?? product.Currency;
        product.TaxRate = tax;
        product.Active = input.Value<bool>("active") ?? product.Active;
        await db.SaveChangesAsync(ct);
        return product;
    }

    public async Task<Order> CreateAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var customerId = input.Id("customerId", "Customer");
        var directory = services.GetService<ICustomerDirectory>()
            ?? throw new AppException(ErrorCodes.ModuleDisabled, "Orders need the Customers module, which is not available.");
        if (!(await directory.VisibleAsync([customerId], ct)).Contains(customerId))
        {
            throw AppException.NotFound("Customer", input.String("customerId")!);
        }

        var validator = new Validator().MaxLength("notes", input.String("notes"), 4000);
        var currency = Currency(input, validator) ?? "USD";
        var opportunityId = input.String("opportunityId") is null ? (Guid?)null : input.Id("opportunityId", "Opportunity");
        var order = Order.Draft(customerId, opportunityId, input.String("ownerId") ?? user.UserIdOrThrow, currency, input.String("notes"));
        var lines = input.Objects("lines");
        if (lines.Count > Order.MaxLines)
        {
            validator.Add("lines", $"may hold at most {Order.MaxLines} lines.");
        }

        var products = await ProductsAsync(db, lines, ct);
        var built = lines.Select(line => BuildLine(line, order, products, validator)).ToList();
        validator.ThrowIfInvalid();
        foreach (var line in built)
        {
            order.AddLine(line);
        }

        db.Orders.Add(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> AddLineAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "orderId", ct);
        var validator = new Validator();
        var line = BuildLine(input, order, await ProductsAsync(db, [input], ct), validator);
        validator.ThrowIfInvalid();
        order.AddLine(line);
        db.Lines.Add(line);
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> RemoveLineAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var lineId = input.Id("id", "OrderLine");
        var orderId = await db.Lines.Where(l => l.Id == lineId).Select(l => (Guid?)l.OrderId).FirstOrDefaultAsync(ct)
            ?? throw AppException.NotFound("OrderLine", input.String("id")!);
        var order = await LoadAsync(db, orderId, input.Value<long>("version"), ct);
        db.Lines.Remove(order.RemoveLine(lineId));
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>Confirms a draft: takes the next number of the tenant's sequence in the same transaction (a clash retries).</summary>
    public async Task<Order> ConfirmAsync(InputReader input, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryConfirmAsync(input, ct);
            }
            catch (Exception ex) when (attempt < 50 && DataErrors.IsConcurrencyClash(ex) && ex is not AppException { Code: ErrorCodes.Conflict })
            {
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), ct);
            }
        }
    }

    private async Task<Order> TryConfirmAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input.Id("id", "Order"), null, ct, input.String("id"));
        if (input.Value<long>("version") is { } expected && expected != order.Version)
        {
            throw AppException.Conflict("Order");
        }

        order.EnsureConfirmable(); // before a rate or a number is looked up
        var now = clock.GetUtcNow();
        var rates = services.GetRequiredService<IExchangeRates>();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var baseCurrency = await rates.BaseCurrencyAsync(ct);
        var rate = await rates.RateAsync(order.Currency, day, ct)
            ?? throw new AppException(ErrorCodes.Validation, $"There is no exchange rate from {order.Currency} to {baseCurrency} on or before {day:yyyy-MM-dd}: add one with setExchangeRate.",
                [new FieldError("currency", $"has no rate to {baseCurrency} on or before {day:yyyy-MM-dd}.")]);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        // The number first: the tenant's first number saves a new sequence row, which must not carry half of the order's change with it.
        var number = await NextNumberAsync(db, ct);
        order.Confirm($"SO-{number:D6}", baseCurrency, rate, now);
        db.Publish(OrderEvents.Confirmed(order));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return order;
    }

    public async Task<Order> RecordPaymentAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "orderId", ct);
        var now = clock.GetUtcNow();
        db.Payments.Add(order.RecordPayment(input.Value<decimal>("amount") ?? 0m, now, input.String("reference"), user.UserIdOrThrow));
        if (order.Status == OrderStatus.Paid)
        {
            db.Publish(OrderEvents.Paid(order, now));
        }

        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> RecordShipmentAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "orderId", ct);
        var items = input.Objects("lines").Select(item => (item.Id("lineId", "OrderLine"), item.Value<decimal>("quantity") ?? 0m)).ToList();
        db.Shipments.Add(order.Ship(items, clock.GetUtcNow(), input.String("reference"), user.UserIdOrThrow));
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> CompleteAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "id", ct);
        order.Complete();
        db.Touch(order);
        await db.SaveChangesAsync(ct);
        return order;
    }

    public async Task<Order> CancelAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await LoadAsync(db, input, "id", ct);
        var wasConfirmed = order.Cancel();
        db.Touch(order);
        if (wasConfirmed)
        {
            db.Publish(OrderEvents.Cancelled(order, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(ct);
        return order;
    }

    /// <summary>
    /// Takes the next order number: an atomic increment that holds the sequence row's lock until the confirming
    /// transaction ends, so concurrent confirmations queue instead of colliding, and a rollback gives the number back.
    /// </summary>
    private static async Task<long> NextNumberAsync(OrdersDbContext db, CancellationToken ct)
    {
        var updated = await db.Sequences.Where(s => s.Name == "order").ExecuteUpdateAsync(s => s.SetProperty(x => x.Next, x => x.Next + 1), ct);
        if (updated == 0)
        {
            db.Sequences.Add(new NumberSequence { Name = "order", Next = 2 });
            await db.SaveChangesAsync(ct);
            return 1;
        }

        return await db.Sequences.Where(s => s.Name == "order").Select(s => s.Next).FirstAsync(ct) - 1;
    }

    private static async Task<Order> LoadAsync(OrdersDbContext db, InputReader input, string field, CancellationToken ct) =>
        await LoadAsync(db, input.Id(field, "Order"), input.Value<long>("version"), ct, input.String(field));

    private static async Task<Order> LoadAsync(OrdersDbContext db, Guid id, long? version, CancellationToken ct, string? shownId = null)
    {
        var order = await db.Orders.AsTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Id == id, ct)
            ?? throw AppException.NotFound("Order", shownId ?? id.ToString("N"));
        db.ExpectVersion(order, version);
        return order;
    }

    private static string? Currency(InputReader input, Validator validator)
    {
        // Absent or null: the default on a new order, unchanged on an existing one.
        var currency = input.String("currency")?.ToUpperInvariant();
        if (currency is null)
        {
            return null;
        }

        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            validator.Add(input.FieldPath("currency"), "must be a three-letter ISO 4217 code such as USD.");
            return null;
        }

        return currency;
    }

    private static async Task<Dictionary<Guid, Product>> ProductsAsync(OrdersDbContext db, IEnumerable<InputReader> lines, CancellationToken ct)
    {
        var ids = lines.Where(l => l.String("productId") is not null).Select(l => GlobalId.TryDecode(l.String("productId"), out var type, out var id) && type == "Product" ? id : Guid.Empty).ToList();
        return await db.Products.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
    }

    private static OrderLine BuildLine(InputReader input, Order order, Dictionary<Guid, Product> products, Validator validator)
    {
        var line = new OrderLine();
        if (input.String("productId") is not null)
        {
            var id = input.Id("productId", "Product");
            if (!products.TryGetValue(id, out var product) || !product.Active)
            {
                validator.Add(input.FieldPath("productId"), "is not an active product of this tenant.");
            }
            else
            {
                if (product.Currency != order.Currency)
                {
                    validator.Add(input.FieldPath("productId"), $"is priced in {product.Currency}, the order in {order.Currency}.");
                }

                line.ProductId = product.Id;
                line.Sku = product.Sku;
                line.Description = product.Name;
                line.UnitPriceScaled = product.UnitPriceScaled;
                line.TaxRate = product.TaxRate;
            }
        }
        else
        {
            validator.Required(input.FieldPath("description"), input.String("description"), 500);
        }

        if (input.String("description") is { } description)
        {
            validator.MaxLength(input.FieldPath("description"), line.Description = description, 500);
        }

        var quantity = input.Value<decimal>("quantity") ?? 0m;
        if (quantity < 0.0001m || quantity > 1_000_000)
        {
            validator.Add(input.FieldPath("quantity"), "must be more than 0 and at most 1,000,000.");
        }

        line.QuantityScaled = Scaled.From(quantity);
        if (input.Value<decimal>("unitPrice") is { } price)
        {
            if (price is < 0 or > 1_000_000_000m)
            {
                validator.Add(input.FieldPath("unitPrice"), "must be between 0 and 1,000,000,000.");
            }

            line.UnitPriceScaled = Scaled.From(price);
        }
        else if (line.ProductId is null)
        {
            validator.Add(input.FieldPath("unitPrice"), "is required for a custom item.");
        }

        line.Discount = input.Value<decimal>("discount") ?? 0m;
        if (line.Discount is < 0 or > 100)
        {
            validator.Add(input.FieldPath("discount"), "must be between 0 and 100 (percent).");
        }

        if (input.Value<decimal>("taxRate") is { } tax)
        {
            line.TaxRate = tax;
        }

        if (line.TaxRate is < 0 or > 100)
        {
            validator.Add(input.FieldPath("taxRate"), "must be between 0 and 100 (percent).");
        }

        foreach (var attribute in input.Objects("attributes"))
        {
            var name = attribute.String("name");
            validator.Required(attribute.FieldPath("name"), name, 100).MaxLength(attribute.FieldPath("value"), attribute.String("value"), 500);
            if (name is not null)
            {
                line.Attributes[name] = attribute.String("value") ?? string.Empty;
            }
        }

        return line;
    }
}
