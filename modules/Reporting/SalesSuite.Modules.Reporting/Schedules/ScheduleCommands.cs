using Microsoft.EntityFrameworkCore;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Templates;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.GraphQL;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Schedules;

/// <summary><c>scheduleReport</c> and <c>deleteReportSchedule</c>: schedules are their creator's records (seen and deleted within one's record scope).</summary>
internal sealed class ScheduleCommands(ModuleDbContextFactory<ReportingDbContext> contexts, TemplateCommands templates, ICurrentUser user, ITenantContext tenant, TimeProvider clock)
{
    public const string TypeName = "ReportSchedule";
    public const int MaxSchedules = 200;

    public async Task<ReportSchedule> ScheduleAsync(InputReader input, CancellationToken ct)
    {
        var templateId = input.Id("templateId", TemplateCommands.TypeName);
        var frequency = input.Value<ReportFrequency>("frequency") ?? ReportFrequency.Weekly;
        var template = await templates.FindAsync(templateId, ct);
        await using var db = contexts.Create();
        if (await db.ReportSchedules.CountAsync(ct) >= MaxSchedules)
        {
            throw new AppException(ErrorCodes.LimitExceeded, $"At most {MaxSchedules} report schedules are visible to you; delete one first.");
        }

        var schedule = new ReportSchedule
        {
            OwnerId = user.UserIdOrThrow,
            TemplateId = template.Id,
            Frequency = frequency,
            Roles = string.Join(",", user.Roles),
            NextRunAt = ScheduleSlots.Next(frequency, clock.GetUtcNow(), tenant.Tenant.Zone),
        };
        if (schedule.Roles.Length > 1000)
        {
            throw InputReader.Invalid("input", "cannot be scheduled: your token carries too many roles to keep.");
        }

        db.ReportSchedules.Add(schedule);
        await db.SaveChangesAsync(ct);
        return schedule;
    }

    public async Task<string> DeleteAsync(InputReader input, CancellationToken ct)
    {
        var id = input.Id("id", TypeName);
        await using var db = contexts.Create();
        var schedule = await db.ReportSchedules.AsTracking().FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw AppException.NotFound(TypeName, input.String("id")!);
        db.ReportSchedules.Remove(schedule);
        await db.SaveChangesAsync(ct);
        return GlobalId.Encode(TypeName, id);
    }
}
