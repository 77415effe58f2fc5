using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.SetExchangeRate;

internal sealed class SetExchangeRateInputGraphType : TypedInputGraphType<SetExchangeRateInput>
{
    public SetExchangeRateInputGraphType()
        : base("SetExchangeRateInput", "A rate valid from a date on.")
    {
        Input("currency", new NonNullGraphType(new StringGraphType()));
        Input("date", new NonNullGraphType(new DateOnlyGraphType()));
        Input("rate", new NonNullGraphType(new DecimalGraphType()), "Base-currency units per unit of the currency.");
    }

    protected override SetExchangeRateInput Bind(InputValues values) => new()
    {
        Currency = values.Text("currency"),
        Date = values.Value<DateOnly>("date"),
        Rate = values.Value<decimal>("rate"),
    };
}
