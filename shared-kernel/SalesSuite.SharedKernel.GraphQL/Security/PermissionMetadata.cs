using GraphQL;
using GraphQL.Types;

namespace SalesSuite.SharedKernel.Security;

public static class PermissionMetadata
{
    public const string Key = "salessuite:permission";

    /// <summary>Marks a field any signed-in user of the tenant may use (e.g. the user's own access).</summary>
    public const string AnySignedInUser = "";

    /// <summary>The operation permission a field needs (checked before execution), e.g. <c>customers.write</c>.</summary>
    public static TField RequirePermission<TField>(this TField field, string permission) where TField : FieldType
    {
        field.WithMetadata(Key, permission);
        return field;
    }
}
