using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.CreateTeam;

/// <summary>createTeam's rules on its input: a name of up to 100 characters, a description of up to 500.</summary>
internal static class CreateTeamValidator
{
    public static void Check(CreateTeamInput input) =>
        new Validator().Required("name", input.Name, 100).MaxLength("description", input.Description, 500).ThrowIfInvalid();
}
