using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>The VALIDATION error of one input field, e.g. <c>id is a built-in template, which cannot be deleted.</c></summary>
internal static class InvalidInput
{
    public static AppException Of(string field, string message) => new(ErrorCodes.Validation, $"{field} {message}", [new FieldError(field, message)]);
}
