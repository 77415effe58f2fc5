using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.ReassignCustomers;

internal sealed class ReassignCustomersInputGraphType : TypedInputGraphType<ReassignCustomersInput>
{
    public ReassignCustomersInputGraphType()
        : base("ReassignCustomersInput", "Moves all customers of one owner to another.")
    {
        Input("fromOwnerId", new NonNullGraphType(new StringGraphType()));
        Input("toOwnerId", new NonNullGraphType(new StringGraphType()));
    }

    protected override ReassignCustomersInput Bind(InputValues values) =>
        new() { FromOwnerId = values.Text("fromOwnerId"), ToOwnerId = values.Text("toOwnerId") };
}
