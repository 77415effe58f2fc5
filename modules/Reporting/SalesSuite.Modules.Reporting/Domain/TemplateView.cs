namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>A template as the API and the composer see it, built-in or saved.</summary>
internal sealed record TemplateView(Guid Id, string Title, bool BuiltIn, TemplateDefinition Definition, string? CreatedBy = null,
    DateTimeOffset? UpdatedAt = null, long? Version = null);
