using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.DeleteAssignmentRule;

internal sealed class DeleteAssignmentRuleInputGraphType : TypedInputGraphType<DeleteAssignmentRuleInput>
{
    public DeleteAssignmentRuleInputGraphType()
        : base("DeleteAssignmentRuleInput", "The rule to delete.")
    {
        Input("id", new NonNullGraphType(new IdGraphType()));
    }

    protected override DeleteAssignmentRuleInput Bind(InputValues values) => new() { Id = values.RawText("id") };
}
