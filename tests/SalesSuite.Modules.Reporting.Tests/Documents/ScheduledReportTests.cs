using SalesSuite.Testing;
using static SalesSuite.Modules.Reporting.Tests.Documents.Scenario;

namespace SalesSuite.Modules.Reporting.Tests.Documents;

/// <summary>
/// Scheduled reports and forecasts in a New York tenant: slots are Mondays or the 1st at 06:00 local time, a run
/// acts in its creator's scope, runs once per slot however often the job is called, and its report is listed for download.
/// </summary>
public abstract class ScheduledReportTests(TestProvider provider) : FreshAppTests(provider)
{
    private const string Schedules = "{ reportSchedules { totalCount nodes { id frequency createdBy nextRunAt lastRunAt lastReportId lastError } } }";
    private const string Reports = "{ generatedReports(first: 50) { totalCount nodes { " + ReportFields + " } } }";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Tenancy:Tenants:0:TimeZone"] = "America/New_York" };

    private GraphQLClient Admin => App.As("demo");

    private GraphQLClient Carol => App.As("demo", "carol", "manager");

    [Fact]
    public async Task Weekly_and_monthly_schedules_run_once_per_slot_in_their_creators_scope()
    {
        // Monday 2 November 2026, 12:00 UTC (07:00 in New York): this Monday's slot has passed.
        App.Clock.Advance(TimeSpan.FromHours(3));
        var templates = await TemplatesAsync(Admin);
        const string schedule = "mutation($t: ID!, $f: ReportFrequency!) { scheduleReport(input: { templateId: $t, frequency: $f }) { schedule { id " +
            "nextRunAt createdBy } } }";
        Assert.Equal("FORBIDDEN", (await App.As("demo", "alice", "rep").PostAsync(schedule, new { t = templates[MonthlySales], f = "WEEKLY" })).FirstErrorCode);
        var weekly = (await Carol.DataAsync(schedule, new { t = templates[MonthlySales], f = "WEEKLY" }))["scheduleReport"]!["schedule"]!;
        Assert.Equal("2026-11-09T11:00:00+00:00", weekly["nextRunAt"]!.GetValue<string>()); // 06:00 EST
        var monthly = (await Admin.DataAsync(schedule, new { t = templates[RevenueForecast], f = "MONTHLY" }))["scheduleReport"]!["schedule"]!;
        Assert.Equal("2026-12-01T11:00:00+00:00", monthly["nextRunAt"]!.GetValue<string>());

        App.Clock.Advance(TimeSpan.FromDays(1));
        var alice = App.As("demo", "alice", "rep");
        var dave = App.As("demo", "dave", "rep");
        await ConfirmedOrderAsync(alice, await CustomerAsync(alice, "East Buyer"), "{ description: \"Item\", quantity: 3, unitPrice: 10 }");
        await ConfirmedOrderAsync(dave, await CustomerAsync(dave, "West Buyer"), "{ description: \"Item\", quantity: 1, unitPrice: 40 }");
        await App.DispatchEventsAsync();

        // A minute before the slot nothing runs; at the slot the weekly report is made once, however often the job is called.
        App.Clock.Advance(new DateTimeOffset(2026, 11, 9, 10, 59, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        Assert.Equal(0, await App.RunJobsAsync());
        Assert.Equal(0, await CountAsync(Admin));
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        await Task.WhenAll(App.RunJobsAsync(), App.RunJobsAsync());   // two hosts' timers at once: the slot's version check lets one through
        Assert.Equal(0, await App.RunJobsAsync());
        var reports = (await Carol.DataAsync(Reports))["generatedReports"]!;
        Assert.Equal(1, reports["totalCount"]!.GetValue<int>());
        var report = reports["nodes"]![0]!;
        Assert.Equal((MonthlySales, "2026-11-02", "2026-11-08", "carol", weekly["id"]!.GetValue<string>()),
            (report["title"]!.GetValue<string>(), report["from"]!.GetValue<string>(), report["to"]!.GetValue<string>(), report["createdBy"]!.GetValue<string>(),
                report["scheduleId"]!.GetValue<string>()));

        // Carol's scope: alice's 30, not dave's 40 (which the admin sees); the workbook holds carol's figures.
        var carolsWeek = await SalesReportAsync(Carol, "2026-11-02", "2026-11-08", ["MONTH"]);
        Assert.Equal(30m, carolsWeek["totals"]!["revenue"]!.GetValue<decimal>());
        Assert.Equal(70m, (await SalesReportAsync(Admin, "2026-11-02", "2026-11-08", ["MONTH"]))["totals"]!["revenue"]!.GetValue<decimal>());
        var workbook = await WorkbookAsync(Carol, report);
        Assert.Equal([30m, 1m, 1m, 3m], workbook.Row("Figures", 3).Skip(1).Select(Workbook.Number));
        Assert.Equal([30m], report["charts"]![0]!["series"]![0]!["values"]!.AsArray().Select(v => v!.GetValue<decimal>()));

        var carols = (await Carol.DataAsync(Schedules))["reportSchedules"]!;
        Assert.Equal(1, carols["totalCount"]!.GetValue<int>());              // the admin's schedule is not in carol's scope
        var state = carols["nodes"]![0]!;
        Assert.Equal(("2026-11-16T11:00:00+00:00", "2026-11-09T11:00:00+00:00", report["id"]!.GetValue<string>()),
            (state["nextRunAt"]!.GetValue<string>(), state["lastRunAt"]!.GetValue<string>(), state["lastReportId"]!.GetValue<string>()));
        Assert.Null(state["lastError"]);

        // Across the month's end, three weekly slots were missed: one run covers the latest (the week to Sunday 29 November);
        // the monthly forecast runs for its first slot. A second call adds nothing.
        App.Clock.Advance(new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        Assert.Equal(0, await App.RunJobsAsync());
        Assert.Equal(0, await App.RunJobsAsync());
        var all = (await Admin.DataAsync(Reports))["generatedReports"]!;
        Assert.Equal(3, all["totalCount"]!.GetValue<int>());
        Assert.Equal(
            [(RevenueForecast, "admin", "2026-11-01", "2026-11-30"), (MonthlySales, "carol", "2026-11-23", "2026-11-29"),
                (MonthlySales, "carol", "2026-11-02", "2026-11-08")],
            all["nodes"]!.AsArray().OrderByDescending(n => n!["title"]!.GetValue<string>()).ThenByDescending(n => n!["from"]!.GetValue<string>())
                .Select(n => (n!["title"]!.GetValue<string>(), n["createdBy"]!.GetValue<string>(),
                    n["from"]!.GetValue<string>(), n["to"]!.GetValue<string>())));
        var forecast = await WorkbookAsync(Admin, all["nodes"]!.AsArray().Single(n => n!["title"]!.GetValue<string>() == RevenueForecast)!);
        Assert.Contains("Accuracy", forecast.SheetNames);
        var schedules = (await Admin.DataAsync(Schedules))["reportSchedules"]!["nodes"]!.AsArray();
        Assert.Equal(["2026-12-07T11:00:00+00:00", "2027-01-01T11:00:00+00:00"], schedules.Select(s => s!["nextRunAt"]!.GetValue<string>()));
        Assert.Equal(2, (await Carol.DataAsync(Reports))["generatedReports"]!["totalCount"]!.GetValue<int>());

        // A deleted schedule runs no more.
        await Carol.DataAsync("mutation($id: ID!) { deleteReportSchedule(input: { id: $id }) { deletedId } }", new { id = weekly["id"]!.GetValue<string>() });
        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await App.RunJobsAsync());
        Assert.Equal(3, await CountAsync(Admin));
    }

    [Fact]
    public async Task A_run_whose_creator_lost_reporting_access_makes_no_report_and_says_why()
    {
        App.Clock.Advance(TimeSpan.FromHours(3));
        var templates = await TemplatesAsync(Admin);
        // A custom role that may manage reports; then the tenant takes reporting.read away from it.
        var version = (await Admin
            .DataAsync(
                "mutation { defineRole(input: { name: \"analyst\", permissions: [\"reporting.read\", \"reporting.manage\"], scope: TENANT }) { role { " +
                "version } } }"))
            ["defineRole"]!["role"]!["version"]!.GetValue<long>();
        var analyst = App.As("demo", "erin", "analyst");
        await analyst.DataAsync("mutation($t: ID!) { scheduleReport(input: { templateId: $t, frequency: WEEKLY }) { schedule { id } } }",
            new { t = templates[RepPerformance] });
        await Admin.DataAsync(
            "mutation($v: Long) { defineRole(input: { name: \"analyst\", version: $v, permissions: [\"reporting.manage\"], scope: TENANT }) { role { name } " +
            "} }",
            new { v = version });

        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await App.RunJobsAsync());

        Assert.Equal(0, await CountAsync(Admin));
        var state = (await Admin.DataAsync(Schedules))["reportSchedules"]!["nodes"]![0]!;
        Assert.Equal("erin no longer has reporting.read.", state["lastError"]!.GetValue<string>());
        Assert.Null(state["lastReportId"]);
        Assert.Equal("2026-11-16T11:00:00+00:00", state["nextRunAt"]!.GetValue<string>());
    }

    private static async Task<int> CountAsync(GraphQLClient client) =>
        (await client.DataAsync("{ generatedReports { totalCount } }"))["generatedReports"]!["totalCount"]!.GetValue<int>();
}

public sealed class ScheduledReportsOnSqlite() : ScheduledReportTests(TestProvider.Sqlite);

public sealed class ScheduledReportsOnPostgres() : ScheduledReportTests(TestProvider.Postgres);
