using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.DeactivateSalesRep;

internal sealed class DeactivateSalesRepInputGraphType : TypedInputGraphType<DeactivateSalesRepInput>
{
    public DeactivateSalesRepInputGraphType()
        : base("DeactivateSalesRepInput", "The rep who leaves; their records stay theirs until reassigned.")
    {
        Input("userId", new NonNullGraphType(new StringGraphType()));
    }

    protected override DeactivateSalesRepInput Bind(InputValues values) => new() { UserId = values.Text("userId") };
}
