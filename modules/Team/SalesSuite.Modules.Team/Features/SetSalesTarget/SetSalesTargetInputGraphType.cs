using GraphQL.Types;
using SalesSuite.Modules.Team.Api;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.SetSalesTarget;

internal sealed class SetSalesTargetInputGraphType : TypedInputGraphType<SetSalesTargetInput>
{
    public SetSalesTargetInputGraphType()
        : base(
            "SetSalesTargetInput",
            "A rep's (userId) or a team's (teamId) target for a period, in the base currency; setting it again updates it (pass version to guard against a " +
            "concurrent change).")
    {
        Input("userId", new StringGraphType());
        Input("teamId", new IdGraphType());
        Input("period", new NonNullGraphType(new GraphQLTypeReference("SalesPeriodInput"))); // the shared instance: WithFieldType
        Input("amount", new NonNullGraphType(new DecimalGraphType()), "In the tenant's base currency.");
        Input("version", new LongGraphType());
    }

    protected override SetSalesTargetInput Bind(InputValues values) => new()
    {
        UserId = values.Text("userId"),
        TeamId = values.RawText("teamId"),
        Period = values.Object<SalesPeriodInput>("period"),
        Amount = values.Value<decimal>("amount"),
        Version = values.Value<long>("version"),
    };
}
