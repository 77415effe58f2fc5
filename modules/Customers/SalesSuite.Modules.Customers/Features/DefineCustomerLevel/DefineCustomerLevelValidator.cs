using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Features.DefineCustomerLevel;

/// <summary>defineCustomerLevel's rules: a code and a name, a rank from 1 to 100.</summary>
internal static class DefineCustomerLevelValidator
{
    public static void Check(DefineCustomerLevelInput input)
    {
        var validator = new Validator();
        validator.Required("code", input.Code, 32).Required("name", input.Name, 100);
        if (input.Rank is not (>= 1 and <= 100))
        {
            validator.Add("rank", "must be between 1 and 100.");
        }

        validator.ThrowIfInvalid();
    }
}
