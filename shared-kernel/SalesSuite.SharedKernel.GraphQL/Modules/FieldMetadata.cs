namespace SalesSuite.SharedKernel.Modules;

/// <summary>Keys of metadata the host stores on every field it composes.</summary>
public static class FieldMetadata
{
    /// <summary>The name of the module that contributed the field.</summary>
    public const string Module = "salessuite:module";
}
