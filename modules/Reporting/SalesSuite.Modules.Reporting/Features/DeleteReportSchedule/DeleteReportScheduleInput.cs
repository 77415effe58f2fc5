namespace SalesSuite.Modules.Reporting.Features.DeleteReportSchedule;

/// <summary>The schedule to delete, its id as sent.</summary>
internal sealed record DeleteReportScheduleInput
{
    public string? Id { get; init; }
}
