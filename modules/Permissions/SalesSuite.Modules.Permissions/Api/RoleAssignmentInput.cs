namespace SalesSuite.Modules.Permissions.Api;

/// <summary>A user and a role: the input of assignRole and revokeRole.</summary>
internal sealed record RoleAssignmentInput
{
    public string? UserId { get; init; }

    public string? Role { get; init; }
}
