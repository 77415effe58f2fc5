using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.Modules.Permissions.Domain;
using SalesSuite.Modules.Permissions.Integration;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Features.DefineRole;

/// <summary>Creates or redefines a role; the tenant's cached grants are dropped so the change counts from the next request.</summary>
internal sealed class DefineRoleHandler(
    ModuleDbContextFactory<PermissionsDbContext> contexts, ITenantContext tenant, GrantCache grants, IDeniableFields? catalogue = null)
{
    public async Task<RoleDefinition> HandleAsync(DefineRoleInput input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        DefineRoleValidator.Check(input, catalogue?.All);
        var role = await db.Roles.AsTracking().FirstOrDefaultAsync(r => r.Name == input.Name, ct);
        if (role is null)
        {
            role = new RoleDefinition(input.Name!);
            db.Roles.Add(role);
        }
        else
        {
            db.ExpectVersion(role, input.Version);
            db.Touch(role);
        }

        role.Define(input.Permissions ?? [], input.Scope ?? RecordScope.Own, input.DeniedFields ?? []);
        await db.SaveChangesAsync(ct);
        grants.Invalidate(tenant.Tenant.Id);
        return role;
    }
}
