using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ArchiveCustomer;

internal sealed class ArchiveCustomerInputGraphType : TypedInputGraphType<ArchiveCustomerInput>
{
    public ArchiveCustomerInputGraphType()
        : base("ArchiveCustomerInput", "The customer to archive.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
        Input("version", new LongGraphType());
    }

    protected override ArchiveCustomerInput Bind(InputValues values) => new() { Id = values.RawText("id"), Version = values.Value<long>("version") };
}
