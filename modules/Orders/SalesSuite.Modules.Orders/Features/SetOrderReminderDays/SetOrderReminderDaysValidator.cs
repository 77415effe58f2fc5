using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Features.SetOrderReminderDays;

/// <summary>setOrderReminderDays's rules: each number of days sent is from 1 to 365.</summary>
internal static class SetOrderReminderDaysValidator
{
    public static void Check(SetOrderReminderDaysInput input)
    {
        var validator = new Validator();
        if (input.UnpaidDays is < 1 or > 365)
        {
            validator.Add("unpaidDays", "must be between 1 and 365.");
        }

        if (input.UnshippedDays is < 1 or > 365)
        {
            validator.Add("unshippedDays", "must be between 1 and 365.");
        }

        validator.ThrowIfInvalid();
    }
}
