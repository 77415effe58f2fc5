using GraphQL;
using GraphQL.Types;

namespace SalesSuite.SharedKernel.Audit;

public static class SensitiveFields
{
    public const string MetadataKey = "salessuite:sensitive";

    /// <summary>Reading this field is recorded in the audit log (one READ entry per request and type, listing the records).</summary>
    public static TField Sensitive<TField>(this TField field) where TField : FieldType
    {
        field.WithMetadata(MetadataKey, true);
        return field;
    }
}
