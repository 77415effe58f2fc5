namespace SalesSuite.Modules.Reporting.Features.DeleteReportTemplate;

/// <summary>The tenant template to delete, its id as sent.</summary>
internal sealed record DeleteReportTemplateInput
{
    public string? Id { get; init; }
}
