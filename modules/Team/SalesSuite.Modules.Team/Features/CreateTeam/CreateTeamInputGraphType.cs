using GraphQL.Types;
using SalesSuite.SharedKernel.GraphQL;

namespace SalesSuite.Modules.Team.Features.CreateTeam;

internal sealed class CreateTeamInputGraphType : TypedInputGraphType<CreateTeamInput>
{
    public CreateTeamInputGraphType()
        : base("CreateTeamInput", "A new team.")
    {
        Input("name", new NonNullGraphType(new StringGraphType()));
        Input("description", new StringGraphType());
    }

    protected override CreateTeamInput Bind(InputValues values) => new() { Name = values.Text("name"), Description = values.Text("description") };
}
