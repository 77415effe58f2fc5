using System.Buffers.Text;
using System.Text;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.SharedKernel.GraphQL;

/// <summary>Opaque global IDs: base64url of <c>TypeName:guid</c>, resolvable by <c>node(id:)</c>.</summary>
public static class GlobalId
{
    public static string Encode(string typeName, Guid id) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + id.ToString("N")));

    public static bool TryDecode(string? value, out string typeName, out Guid id)
    {
        typeName = string.Empty;
        id = Guid.Empty;
        if (string.IsNullOrEmpty(value) || value.Length > 200)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(value);
        }
        catch (FormatException)
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(bytes);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !Guid.TryParseExact(text[(colon + 1)..], "N", out id))
        {
            return false;
        }

        typeName = text[..colon];
        return true;
    }

    /// <summary>Decodes an id that must be of <paramref name="expectedType"/>; anything else is a VALIDATION error naming <paramref name="field"/>.</summary>
    public static Guid Decode(string? value, string expectedType, string field)
    {
        if (!TryDecode(value, out var typeName, out var id) || !string.Equals(typeName, expectedType, StringComparison.Ordinal))
        {
            throw new AppException(ErrorCodes.Validation, $"{field} is not a valid {expectedType} id.",
                [new FieldError(field, $"is not a valid {expectedType} id.")]);
        }

        return id;
    }
}
