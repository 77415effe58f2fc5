using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Customers.Features.CompleteFollowUp;

internal sealed class CompleteFollowUpInputGraphType : TypedInputGraphType<CompleteFollowUpInput>
{
    public CompleteFollowUpInputGraphType()
        : base("CompleteFollowUpInput", "The interaction whose follow-up is done.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override CompleteFollowUpInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
