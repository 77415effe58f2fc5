namespace SalesSuite.SharedKernel.Security;

public static class ProtectedProperties
{
    /// <summary>Stores the property encrypted, keeps it out of the audit log's values, and makes room for the ciphertext.</summary>
    public static Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<string?> IsProtected(
        this Microsoft.EntityFrameworkCore.Metadata.Builders.PropertyBuilder<string?> property, int maxPlaintextLength)
    {
        property.HasConversion((Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter)new ProtectedStringConverter());
        property.HasMaxLength(64 + ((maxPlaintextLength * 4) + 28 * 4) / 3 * 2);
        property.HasAnnotation(Audit.AuditTrail.SensitiveAnnotation, true);
        return property;
    }
}
