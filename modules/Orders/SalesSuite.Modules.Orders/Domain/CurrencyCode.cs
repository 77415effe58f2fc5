using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Orders.Domain;

/// <summary>A three-letter ISO 4217 currency code such as USD, in upper case.</summary>
internal static class CurrencyCode
{
    public static bool IsValid(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary>
    /// The code sent, in upper case; null when none was sent (a default, or unchanged) or when it is not a code, which is
    /// added to <paramref name="validator"/> under <paramref name="field"/>.
    /// </summary>
    public static string? Check(Validator validator, string field, string? code)
    {
        var upper = code?.ToUpperInvariant();
        if (upper is null)
        {
            return null;
        }

        if (!IsValid(upper))
        {
            validator.Add(field, "must be a three-letter ISO 4217 code such as USD.");
            return null;
        }

        return upper;
    }

    /// <summary>The code sent, in upper case; VALIDATION when none was sent or it is not a code.</summary>
    public static string Require(string field, string? code)
    {
        var upper = code?.ToUpperInvariant();
        if (!IsValid(upper))
        {
            throw new AppException(ErrorCodes.Validation, $"{field} must be a three-letter ISO 4217 code such as USD.",
                [new FieldError(field, "must be a three-letter ISO 4217 code.")]);
        }

        return upper!;
    }
}
