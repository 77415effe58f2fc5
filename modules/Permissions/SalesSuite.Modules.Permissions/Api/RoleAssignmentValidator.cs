using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Permissions.Api;

/// <summary>assignRole's and revokeRole's rule on their input: a user id and a role name of up to 64 characters.</summary>
internal static class RoleAssignmentValidator
{
    public static void Check(RoleAssignmentInput input) =>
        new Validator().Required("userId", input.UserId, 64).Required("role", input.Role, 64).ThrowIfInvalid();
}
