using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Customers.Features.ReassignCustomers;

/// <summary>reassignCustomers' rules: both owners named, and different.</summary>
internal static class ReassignCustomersValidator
{
    public static void Check(ReassignCustomersInput input)
    {
        var validator = new Validator().Required("fromOwnerId", input.FromOwnerId, 64).Required("toOwnerId", input.ToOwnerId, 64);
        if (input.FromOwnerId is not null && input.FromOwnerId == input.ToOwnerId)
        {
            validator.Add("toOwnerId", "must differ from fromOwnerId.");
        }

        validator.ThrowIfInvalid();
    }
}
