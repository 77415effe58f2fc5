using SalesSuite.SharedKernel.Data;

namespace SalesSuite.Modules.Permissions.Domain;

/// <summary>A role given to a user inside SalesSuite (in addition to the roles in the user's token).</summary>
internal sealed class UserRole : TenantEntity
{
    public UserRole(string userId, string role)
    {
        UserId = userId;
        Role = role;
    }

    private UserRole()
    {
    }

    public string UserId { get; private set; } = string.Empty;

    public string Role { get; private set; } = string.Empty;
}
