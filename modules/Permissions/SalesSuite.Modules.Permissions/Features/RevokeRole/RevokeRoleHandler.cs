using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Features.RevokeRole;

/// <summary>Takes a role from a user (nothing happens when they do not have it); returns the user's assigned roles.</summary>
internal sealed class RevokeRoleHandler(ModuleDbContextFactory<PermissionsDbContext> contexts, ITenantContext tenant, GrantCache grants)
{
    public async Task<IReadOnlyList<string>> HandleAsync(RoleAssignmentInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        RoleAssignmentValidator.Check(input);
        if (await db.UserRoles.AsTracking().FirstOrDefaultAsync(r => r.UserId == input.UserId && r.Role == input.Role, ct) is { } existing)
        {
            db.UserRoles.Remove(existing);
        }

        await db.SaveChangesAsync(ct);
        grants.Invalidate(tenant.Tenant.Id);
        return await db.RolesOfAsync(input.UserId, ct);
    }
}
