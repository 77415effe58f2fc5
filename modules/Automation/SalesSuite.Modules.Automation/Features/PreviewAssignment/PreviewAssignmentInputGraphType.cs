using GraphQL.Types;
using SalesSuite.Modules.Automation.Contracts;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Automation.Features.PreviewAssignment;

internal sealed class PreviewAssignmentInputGraphType : TypedInputGraphType<PreviewAssignmentInput>
{
    public PreviewAssignmentInputGraphType()
        : base("AssignmentPreviewInput", "What a new record would carry.")
    {
        Input("kind", new NonNullGraphType(new GraphQLTypeReference("AssignmentKind")));
        Input("region", new StringGraphType());
        Input("level", new StringGraphType());
        Input("source", new StringGraphType());
        Input("need", new StringGraphType());
        Input("value", new DecimalGraphType(), "The opportunity's amount in the base currency, for rules with a minValue.");
    }

    protected override PreviewAssignmentInput Bind(InputValues values) => new()
    {
        Kind = values.Value<AssignmentKind>("kind")!.Value,
        Region = values.Text("region"),
        Level = values.Text("level"),
        Source = values.Text("source"),
        Need = values.Text("need"),
        Value = values.Value<decimal>("value"),
    };
}
