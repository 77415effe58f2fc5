using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Features.ScheduleReport;

/// <summary>A template to schedule (its id as sent) and how often.</summary>
internal sealed record ScheduleReportInput
{
    public string? TemplateId { get; init; }

    public ReportFrequency? Frequency { get; init; }
}
