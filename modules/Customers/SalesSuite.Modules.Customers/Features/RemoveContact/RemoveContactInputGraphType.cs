using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.RemoveContact;

internal sealed class RemoveContactInputGraphType : TypedInputGraphType<RemoveContactInput>
{
    public RemoveContactInputGraphType()
        : base("RemoveContactInput", "The contact to remove.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override RemoveContactInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
