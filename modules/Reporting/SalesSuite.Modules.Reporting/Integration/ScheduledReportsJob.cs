using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SalesSuite.Modules.Permissions.Contracts;
using SalesSuite.Modules.Reporting.Data;
using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.Modules.Reporting.Features.GenerateReport;
using SalesSuite.SharedKernel.Audit;
using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Errors;
using SalesSuite.SharedKernel.Jobs;
using SalesSuite.SharedKernel.Security;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Integration;

/// <summary>
/// Runs every schedule whose slot has come, each in a scope of its own acting as the schedule's creator: their grant is
/// recomputed now from the token roles kept with the schedule and the roles assigned to them, so the report shows what the
/// creator could see today. The report and the schedule's next slot are saved in one transaction with the schedule's version
/// checked: a slot is reported once, however often or concurrently the job is called. Missed slots are not caught up one by
/// one: one run covers the latest due slot, then the next slot after now is set.
/// </summary>
internal sealed class ScheduledReportsJob(ModuleDbContextFactory<ReportingDbContext> contexts, IServiceScopeFactory scopes, ILogger<ScheduledReportsJob> logger)
    : ITenantJob
{
    public const int MaxRunsPerCall = 50;

    public string Name => "reporting.scheduled-reports";

    public async Task RunAsync(TenantJobContext context, CancellationToken cancellationToken)
    {
        List<ReportSchedule> due;
        await using (var db = contexts.CreateForSystem())
        {
            due = await db.ReportSchedules.Where(s => s.NextRunAt <= context.Now).OrderBy(s => s.NextRunAt).Take(MaxRunsPerCall).ToListAsync(cancellationToken);
        }

        foreach (var schedule in due)
        {
            await RunAsync(context, schedule, cancellationToken);
        }
    }

    private async Task RunAsync(TenantJobContext context, ReportSchedule schedule, CancellationToken ct)
    {
        await using var scope = scopes.CreateTenantScope(context.Tenant);
        var services = scope.ServiceProvider;
        var audit = services.GetRequiredService<IAuditContext>();
        audit.ActorId = schedule.OwnerId;
        audit.Operation = "job:" + Name;
        var grant = await services.GetRequiredService<IAccessControl>().GetGrantForAsync(schedule.OwnerId, schedule.RoleList, ct);
        services.GetRequiredService<ICurrentAccess>().Set(grant);
        var zone = context.Tenant.Zone;
        var slot = schedule.DueSlot(context.Now, zone);
        var next = ScheduleSlots.Next(schedule.Frequency, context.Now, zone);
        var (from, to) = ScheduleSlots.RangeOf(schedule.Frequency, slot, zone);
        string? error = grant.Has(PermissionNames.ReportingRead) ? null : $"{schedule.OwnerId} no longer has {PermissionNames.ReportingRead}.";
        try
        {
            if (error is null)
            {
                var template = await services.GetRequiredService<ReportTemplateStore>().FindAsync(schedule.TemplateId, ct);
                await services.GetRequiredService<GenerateReportHandler>().GenerateAsync(template, from, to, schedule.OwnerId,
                    (schedule.Id, slot, (db, report) => AdvanceAsync(db, schedule, next, context.Now, report.Id, null, ct)), ct);
                return;
            }
        }
        catch (AppException ex)
        {
            error = ex.Message;
        }
        catch (DbUpdateException ex) when (DataErrors.IsConcurrencyClash(ex))
        {
            logger.LogInformation("Schedule {Schedule} slot {Slot} was run by another call", schedule.Id, slot);
            return;
        }
        catch (ScheduleGone)
        {
            return;
        }

        // No report for this slot (the creator lost access, the template is gone, a filter no longer visible): note why and move on.
        await using var system = services.GetRequiredService<ModuleDbContextFactory<ReportingDbContext>>().CreateForSystem();
        try
        {
            await AdvanceAsync(system, schedule, next, context.Now, null, error, ct);
            await system.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (DataErrors.IsConcurrencyClash(ex))
        {
            logger.LogInformation("Schedule {Schedule} slot {Slot} was run by another call", schedule.Id, slot);
        }
        catch (ScheduleGone)
        {
        }
    }

    private static async Task AdvanceAsync(ReportingDbContext db, ReportSchedule read, DateTimeOffset next, DateTimeOffset now, Guid? reportId, string? error,
        CancellationToken ct)
    {
        var schedule = await db.ReportSchedules.AsTracking().FirstOrDefaultAsync(s => s.Id == read.Id, ct) ?? throw new ScheduleGone();
        db.ExpectVersion(schedule, read.Version);
        schedule.Advance(next, now, reportId, error);
    }

    /// <summary>The schedule was deleted while it ran: nothing is saved for it.</summary>
    private sealed class ScheduleGone : Exception;
}
