using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Permissions.Domain;

namespace SalesSuite.Modules.Permissions.Data;

/// <summary>The role reads the features share.</summary>
internal static class RoleStore
{
    /// <summary>The tenant's roles: the built-in ones it has not redefined and its own, by name.</summary>
    public static async Task<IReadOnlyList<RoleDefinition>> ListRolesAsync(this PermissionsDbContext db, CancellationToken ct)
    {
        var stored = await db.Roles.ToListAsync(ct);
        return BuiltInRoles.All.Where(b => stored.All(s => s.Name != b.Name)).Concat(stored).OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The roles assigned to <paramref name="userId"/> in SalesSuite, by name.</summary>
    public static async Task<IReadOnlyList<string>> RolesOfAsync(this PermissionsDbContext db, string? userId, CancellationToken ct) =>
        await db.UserRoles.Where(r => r.UserId == userId).OrderBy(r => r.Role).Select(r => r.Role).ToListAsync(ct);
}
