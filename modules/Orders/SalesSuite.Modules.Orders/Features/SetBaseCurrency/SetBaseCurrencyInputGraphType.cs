using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Orders.Features.SetBaseCurrency;

internal sealed class SetBaseCurrencyInputGraphType : TypedInputGraphType<SetBaseCurrencyInput>
{
    public SetBaseCurrencyInputGraphType()
        : base("SetBaseCurrencyInput", "The tenant's base currency.")
    {
        Input("currency", new NonNullGraphType(new StringGraphType()));
    }

    protected override SetBaseCurrencyInput Bind(InputValues values) => new() { Currency = values.Text("currency") };
}
