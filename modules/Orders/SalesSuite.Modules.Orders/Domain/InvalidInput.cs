using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>One VALIDATION problem with one field: "<c>field message</c>", the field named in <c>extensions.fields</c>.</summary>
internal static class InvalidInput
{
    public static AppException Of(string field, string message) =>
        new(ErrorCodes.Validation, $"{field} {message}", [new FieldError(field, message)]);
}
