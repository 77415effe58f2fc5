using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SalesSuite.SharedKernel.Security;

/// <summary>Stores a string property encrypted (see <see cref="FieldProtector"/>).</summary>
public sealed class ProtectedStringConverter() : ValueConverter<string, string>(
    v => Protector.Protect(v),
    v => Protector.Unprotect(v))
{
    private static FieldProtector Protector =>
        FieldProtector.Current ?? throw new InvalidOperationException("No data protection key ring is loaded (FieldProtector.Current).");
}
