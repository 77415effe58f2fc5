using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Permissions.Features.ExplainAccess;

/// <summary>accessExplanation's rule on its arguments: the token roles given, if any, are at most 100 names of 1 to 64 characters.</summary>
internal static class ExplainAccessValidator
{
    public static void Check(IReadOnlyList<string>? roles)
    {
        if (roles is { Count: > 100 } || roles?.Any(r => r.Length is 0 or > 64) == true)
        {
            const string message = "must hold at most 100 role names of 1 to 64 characters.";
            throw new AppException(ErrorCodes.Validation, "roles " + message, [new FieldError("roles", message)]);
        }
    }
}
