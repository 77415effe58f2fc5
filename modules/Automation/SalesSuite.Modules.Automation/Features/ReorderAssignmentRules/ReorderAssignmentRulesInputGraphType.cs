using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.ReorderAssignmentRules;

internal sealed class ReorderAssignmentRulesInputGraphType : TypedInputGraphType<ReorderAssignmentRulesInput>
{
    public ReorderAssignmentRulesInputGraphType()
        : base("ReorderAssignmentRulesInput", "Every rule's id, in the new order.")
    {
        Input("ids", new NonNullGraphType(new ListGraphType(new NonNullGraphType(new IdGraphType()))));
    }

    protected override ReorderAssignmentRulesInput Bind(InputValues values) => new() { Ids = values.Texts("ids") };
}
