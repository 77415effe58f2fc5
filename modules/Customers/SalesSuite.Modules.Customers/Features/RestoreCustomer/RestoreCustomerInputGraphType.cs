using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.RestoreCustomer;

internal sealed class RestoreCustomerInputGraphType : TypedInputGraphType<RestoreCustomerInput>
{
    public RestoreCustomerInputGraphType()
        : base("RestoreCustomerInput", "The customer to restore.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override RestoreCustomerInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
