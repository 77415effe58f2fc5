using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Api;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Features.AssignRole;

/// <summary>Gives a user a role of the tenant (built-in or its own), once; returns the user's assigned roles.</summary>
internal sealed class AssignRoleHandler(ModuleDbContextFactory<PermissionsDbContext> contexts, ITenantContext tenant, GrantCache grants)
{
    public async Task<IReadOnlyList<string>> HandleAsync(RoleAssignmentInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        RoleAssignmentValidator.Check(input);
        var (userId, role) = (input.UserId!, input.Role!);
        if (!BuiltInRoles.IsBuiltIn(role) && !await db.Roles.AnyAsync(r => r.Name == role, ct))
        {
            var message = $"'{role}' is not a role of this tenant.";
            throw new AppException(ErrorCodes.Validation, "role " + message, [new FieldError("role", message)]);
        }

        if (!await db.UserRoles.AnyAsync(r => r.UserId == userId && r.Role == role, ct))
        {
            db.UserRoles.Add(new UserRole(userId, role));
        }

        await db.SaveChangesAsync(ct);
        grants.Invalidate(tenant.Tenant.Id);
        return await db.RolesOfAsync(userId, ct);
    }
}
