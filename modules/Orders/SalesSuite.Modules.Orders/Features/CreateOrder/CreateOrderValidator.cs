using SalesSuite.Modules.Orders.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Features.CreateOrder;

/// <summary>createOrder's own rules (its lines follow <see cref="Api.OrderLineValidator"/>): notes, currency and how many lines.</summary>
internal static class CreateOrderValidator
{
    /// <summary>The order's currency (USD when none is sent); the problems go to <paramref name="validator"/>.</summary>
    public static string Check(CreateOrderInput input, Validator validator)
    {
        validator.MaxLength("notes", input.Notes, 4000);
        var currency = CurrencyCode.Check(validator, "currency", input.Currency) ?? "USD";
        if (input.Lines.Count > Order.MaxLines)
        {
            validator.Add("lines", $"may hold at most {Order.MaxLines} lines.");
        }

        return currency;
    }
}
