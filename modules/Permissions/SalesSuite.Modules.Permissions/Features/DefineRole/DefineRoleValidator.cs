using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Permissions.Features.DefineRole;

/// <summary>
/// defineRole's rules on its input: a name of letters, digits, '-' and '_'; at most 100 permissions and 100 denied fields, the
/// fields written as Type.field and, when the host names the deniable fields, only those.
/// </summary>
internal static class DefineRoleValidator
{
    /// <summary>Throws VALIDATION listing every problem; <paramref name="deniable"/> is null when the host names no deniable fields.</summary>
    public static void Check(DefineRoleInput input, IReadOnlyList<string>? deniable)
    {
        var validator = new Validator();
        var name = input.Name;
        validator.Required("name", name, 64);
        if (name is not null && !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            validator.Add("name", "may hold letters, digits, '-' and '_' only.");
        }

        var permissions = input.Permissions ?? [];
        if (permissions.Count > 100 || permissions.Any(p => p.Length is 0 or > 64))
        {
            validator.Add("permissions", "must hold at most 100 names of 1 to 64 characters.");
        }

        var denied = input.DeniedFields ?? [];
        if (denied.Count > 100 || denied.Any(f => f.Split('.').Length != 2))
        {
            validator.Add("deniedFields", "must hold at most 100 fields written as Type.field, e.g. Contact.phone.");
        }
        else if (deniable is not null && denied.Where(f => !deniable.Contains(f, StringComparer.Ordinal)).ToList() is { Count: > 0 } unknown)
        {
            // Only fields declared deniable (and nullable): denying any other would null its parent, up to the whole response.
            validator.Add("deniedFields", $"{string.Join(", ", unknown)} cannot be denied; the fields a role can be denied are {string.Join(", ", deniable)}.");
        }

        validator.ThrowIfInvalid();
    }
}
