using SalesSuite.Modules.Reporting.Domain;
using SalesSuite.SharedKernel.Errors;

namespace SalesSuite.Modules.Reporting.Tests.Domain;

/// <summary>A schedule's own rules, without a database: its first slot, the roles it keeps, the slot a late run covers and what a run notes.</summary>
public sealed class ReportScheduleAggregateTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly DateTimeOffset Thursday = DateTimeOffset.Parse("2026-03-26T12:00:00Z");

    [Fact]
    public void A_new_schedule_keeps_the_owner_s_roles_and_runs_first_at_the_next_slot()
    {
        var schedule = ReportSchedule.Create("carol", BuiltInTemplates.MonthlySales, ReportFrequency.Weekly, ["manager", "sales"], Thursday, Berlin);

        Assert.Equal("carol", schedule.OwnerId);
        Assert.Equal(new[] { "manager", "sales" }, schedule.RoleList);
        Assert.Equal(DateTimeOffset.Parse("2026-03-30T04:00:00Z"), schedule.NextRunAt);
        Assert.Null(schedule.LastRunAt);
    }

    [Fact]
    public void Too_many_roles_to_keep_is_a_validation_error_on_the_input()
    {
        var roles = Enumerable.Range(0, 200).Select(i => $"role-{i:D4}");

        var error = Assert.Throws<AppException>(() => ReportSchedule.Create("carol", BuiltInTemplates.MonthlySales, ReportFrequency.Weekly, roles, Thursday,
            Berlin));

        Assert.Equal(ErrorCodes.Validation, error.Code);
        Assert.Equal("input", Assert.Single(error.FieldErrors).Field);
    }

    [Fact]
    public void A_late_run_covers_the_latest_slot_that_has_come()
    {
        var schedule = ReportSchedule.Create("carol", BuiltInTemplates.MonthlySales, ReportFrequency.Weekly, ["sales"], Thursday, Berlin);

        // Three Mondays have passed by 15 April: the run reports on the week before the last of them.
        Assert.Equal(DateTimeOffset.Parse("2026-04-13T04:00:00Z"), schedule.DueSlot(DateTimeOffset.Parse("2026-04-15T09:00:00Z"), Berlin));
    }

    [Fact]
    public void A_run_notes_its_report_or_why_it_made_none_and_moves_to_the_next_slot()
    {
        var schedule = ReportSchedule.Create("carol", BuiltInTemplates.MonthlySales, ReportFrequency.Monthly, ["sales"], Thursday, Berlin);
        var now = DateTimeOffset.Parse("2026-04-01T05:00:00Z");
        var next = DateTimeOffset.Parse("2026-05-01T04:00:00Z");
        var report = Guid.NewGuid();

        schedule.Advance(next, now, report, null);
        Assert.Equal((next, now, report, (string?)null), (schedule.NextRunAt, schedule.LastRunAt!.Value, schedule.LastReportId!.Value, schedule.LastError));

        schedule.Advance(next.AddMonths(1), now.AddMonths(1), null, new string('x', 600));
        Assert.Null(schedule.LastReportId);
        Assert.Equal(ReportSchedule.MaxError, schedule.LastError!.Length);
    }
}
