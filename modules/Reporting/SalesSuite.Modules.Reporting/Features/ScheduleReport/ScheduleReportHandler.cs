using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Features.ScheduleReport;

/// <summary>Schedules a template in the caller's scope: schedules are their creator's records (seen and deleted within one's record scope).</summary>
internal sealed class ScheduleReportHandler(ModuleDbContextFactory<ReportingDbContext> contexts, ReportTemplateStore templates, ICurrentUser user,
    ITenantContext tenant, TimeProvider clock)
{
    public const int MaxSchedules = 200;

    public async Task<ReportSchedule> HandleAsync(ScheduleReportInput input, CancellationToken ct)
    {
        var templateId = GlobalId.Decode(input.TemplateId, ReportTemplate.TypeName, "templateId");
        var template = await templates.FindAsync(templateId, ct);
        await using var db = contexts.Create();
        if (await db.ReportSchedules.CountAsync(ct) >= MaxSchedules)
        {
            throw new AppException(ErrorCodes.LimitExceeded, $"At most {MaxSchedules} report schedules are visible to you; delete one first.");
        }

        var schedule = ReportSchedule.Create(user.UserIdOrThrow, template.Id, input.Frequency ?? ReportFrequency.Weekly, user.Roles, clock.GetUtcNow(),
            tenant.Tenant.Zone);
        db.ReportSchedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        return schedule;
    }
}
