using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Orders.Contracts;
using SalesSuite.Modules.Orders.Data;
using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.ConfirmOrder;

/// <summary>Confirms a draft: takes the next number of the tenant's sequence in the same transaction (a clash retries).</summary>
internal sealed class ConfirmOrderHandler(ModuleDbContextFactory<OrdersDbContext> contexts, TimeProvider clock, IExchangeRates rates)
{
    public async Task<Order> HandleAsync(ConfirmOrderInput input, CancellationToken ct)
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

    private async Task<Order> TryConfirmAsync(ConfirmOrderInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var order = await db.LoadOrderAsync(GlobalId.Decode(input.Id, "Order", "id"), null, ct, InputValues.Clean(input.Id));
        if (input.Version is { } expected && expected != order.Version)
        {
            throw AppException.Conflict("Order");
        }

        order.EnsureConfirmable(); // before a rate or a number is looked up
        var now = clock.GetUtcNow();
        var day = DateOnly.FromDateTime(now.UtcDateTime);
        var baseCurrency = await rates.BaseCurrencyAsync(ct);
        var rate = await rates.RateAsync(order.Currency, day, ct)
            ?? throw new AppException(ErrorCodes.Validation,
                $"There is no exchange rate from {order.Currency} to {baseCurrency} on or before {day:yyyy-MM-dd}: add one with setExchangeRate.",
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

    /// <summary>
    /// Takes the next order number: an atomic increment that holds the sequence row's lock until the confirming
    /// transaction ends, so concurrent confirmations queue instead of colliding, and a rollback gives the number back.
    /// </summary>
    private static async Task<long> NextNumberAsync(OrdersDbContext db, CancellationToken ct)
    {
        var sequence = db.Sequences.Where(s => s.Name == NumberSequence.Orders);
        var updated = await sequence.ExecuteUpdateAsync(s => s.SetProperty(x => x.Next, x => x.Next + 1), ct);
        if (updated == 0)
        {
            db.Sequences.Add(NumberSequence.Start(NumberSequence.Orders, 2));
            await db.SaveChangesAsync(ct);
            return 1;
        }

        return await sequence.Select(s => s.Next).FirstAsync(ct) - 1;
    }
}
