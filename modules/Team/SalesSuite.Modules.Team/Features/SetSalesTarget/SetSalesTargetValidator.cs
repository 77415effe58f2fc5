using SalesSuite.Modules.Team.Api;
using SalesSuite.Modules.Team.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Team.Features.SetSalesTarget;

/// <summary>setSalesTarget's rules on its input: a rep or a team (not both), a valid period, an amount of 0 to a trillion.</summary>
internal static class SetSalesTargetValidator
{
    /// <summary>The period the target is for; throws VALIDATION listing every problem.</summary>
    public static SalesPeriod Check(SetSalesTargetInput input)
    {
        var validator = new Validator();
        if ((input.UserId is null) == !input.ForTeam)
        {
            validator.Add("userId", "give either userId (a rep's target) or teamId (a team's target), not both.");
        }

        var period = SalesPeriodInput.Check(input.Period, "period", validator);
        if (input.Amount is not (>= 0m and <= 1_000_000_000_000m))
        {
            validator.Add("amount", "must be between 0 and 1,000,000,000,000 (in the base currency).");
        }

        validator.MaxLength("userId", input.UserId, 64).ThrowIfInvalid();
        return period;
    }
}
