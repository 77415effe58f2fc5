using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Data;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Permissions.Domain;

internal sealed class PermissionCommands(
    ModuleDbContextFactory<PermissionsDbContext> contexts, ITenantContext tenant, GrantCache grants, IDeniableFields? catalogue = null)
{
    public async Task<IReadOnlyList<RoleDefinition>> ListRolesAsync(CancellationToken ct)
    {
        await using var db = contexts.Create();
        var stored = await db.Roles.ToListAsync(ct);
        return BuiltInRoles.All.Where(b => stored.All(s => s.Name != b.Name)).Concat(stored).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    public async Task<RoleDefinition> DefineRoleAsync(InputReader input, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var validator = new Validator();
        var name = input.String("name");
        validator.Required("name", name, 64);
        if (name is not null && !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            validator.Add("name", "may hold letters, digits, '-' and '_' only.");
        }

        var permissions = input.Strings("permissions") ?? [];
        if (permissions.Count > 100 || permissions.Any(p => p.Length is 0 or > 64))
        {
            validator.Add("permissions", "must hold at most 100 names of 1 to 64 characters.");
        }

        var denied = input.Strings("deniedFields") ?? [];
        if (denied.Count > 100 || denied.Any(f => f.Split('.').Length != 2))
        {
            validator.Add("deniedFields", "must hold at most 100 fields written as Type.field, e.g. Contact.phone.");
        }
        else if (catalogue is not null
            && denied.Where(f => !catalogue.All.Contains(f, StringComparer.Ordinal)).ToList() is { Count: > 0 } unknown)
        {
            // Only fields declared deniable (and nullable): denying any other would null its parent, up to the whole response.
            validator.Add("deniedFields", $"{string.Join(", ", unknown)} cannot be denied; the fields a role can be denied are {string.Join(", ", catalogue.All)}.");
        }

        validator.ThrowIfInvalid();
        var role = await db.Roles.AsTracking().FirstOrDefaultAsync(r => r.Name == name, ct);
        if (role is null)
        {
            role = new RoleDefinition { Name = name! };
            db.Roles.Add(role);
        }
        else
        {
            db.ExpectVersion(role, input.Value<long>("version"));
            db.Touch(role);
        }

        role.Permissions = permissions.Distinct(StringComparer.Ordinal).ToList();
        role.Scope = input.Value<RecordScope>("scope") ?? RecordScope.Own;
        role.DeniedFields = denied.Distinct(StringComparer.Ordinal).ToList();
        await db.SaveChangesAsync(ct);
        grants.Invalidate(tenant.Tenant.Id);
        return role;
    }

    public async Task<IReadOnlyList<string>> AssignAsync(InputReader input, bool assign, CancellationToken ct)
    {
        await using var db = contexts.Create();
        var userId = input.String("userId");
        var role = input.String("role");
        new Validator().Required("userId", userId, 64).Required("role", role, 64).ThrowIfInvalid();
        if (assign && !BuiltInRoles.IsBuiltIn(role!) && !await db.Roles.AnyAsync(r => r.Name == role, ct))
        {
            throw InputReader.Invalid("role", $"'{role}' is not a role of this tenant.");
        }

        var existing = await db.UserRoles.AsTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Role == role, ct);
        if (assign && existing is null)
        {
            db.UserRoles.Add(new UserRole { UserId = userId!, Role = role! });
        }
        else if (!assign && existing is not null)
        {
            db.UserRoles.Remove(existing);
        }

        await db.SaveChangesAsync(ct);
        grants.Invalidate(tenant.Tenant.Id);
        return await db.UserRoles.Where(r => r.UserId == userId).OrderBy(r => r.Role).Select(r => r.Role).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<string>> RolesOfAsync(string userId, CancellationToken ct)
    {
        await using var db = contexts.Create();
        return await db.UserRoles.Where(r => r.UserId == userId).OrderBy(r => r.Role).Select(r => r.Role).ToListAsync(ct);
    }

    public static AppException UnknownUser(string userId) => AppException.NotFound("User", userId);
}
