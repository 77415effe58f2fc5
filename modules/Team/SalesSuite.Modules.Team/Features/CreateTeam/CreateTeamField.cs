using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Modules;

namespace SalesSuite.Modules.Team.Features.CreateTeam;

internal static class CreateTeamField
{
    public static void Register(ISchemaSlice slice) =>
        slice.AddMutation<CreateTeamHandler, CreateTeamInput>("createTeam", new CreateTeamInputGraphType(),
            SchemaBuilders.Payload("TeamPayload", ("team", "Team")),
            "Creates a sales team.",
            async (handler, input, ct) => new Dictionary<string, object?> { ["team"] = await handler.HandleAsync(input, ct) });
}
