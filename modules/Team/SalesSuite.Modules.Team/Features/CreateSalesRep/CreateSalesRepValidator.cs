using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.CreateSalesRep;

/// <summary>createSalesRep's rules on its input: a user id and a name, and a valid profile (<see cref="SalesRepProfile.Check"/>).</summary>
internal static class CreateSalesRepValidator
{
    /// <summary>The profile to give the rep; problems go to <paramref name="validator"/>, which the handler throws after its own checks.</summary>
    public static SalesRepProfile Check(CreateSalesRepInput input, Validator validator)
    {
        validator.Required("userId", input.UserId, 64).Required("name", input.Name, 200);
        var profile = SalesRepProfile.Typed(input.Name, input.Email, input.Title, input.Territory, input.Capacity);
        profile.Check(validator);
        return profile;
    }
}
