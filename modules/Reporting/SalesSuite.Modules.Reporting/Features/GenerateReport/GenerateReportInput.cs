namespace SalesSuite.Modules.Reporting.Features.GenerateReport;

/// <summary>A template (its id as sent) and an inclusive range of days of the tenant's calendar.</summary>
internal sealed record GenerateReportInput
{
    public string? TemplateId { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }
}
