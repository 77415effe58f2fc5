using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.UpdateSalesRep;

/// <summary>updateSalesRep's rules: a name sent must not be blank, and the profile sent must be valid (<see cref="SalesRepProfile.Check"/>).</summary>
internal static class UpdateSalesRepValidator
{
    /// <summary>The profile changes to apply; throws VALIDATION listing every problem.</summary>
    public static SalesRepProfile Check(UpdateSalesRepInput input)
    {
        var validator = new Validator();
        if (input.Name.HasValue)
        {
            validator.Required("name", input.Name.Value, 200);
        }

        var profile = SalesRepProfile.Typed(input.Name, input.Email, input.Title, input.Territory, input.Capacity);
        profile.Check(validator).ThrowIfInvalid();
        return profile;
    }
}
