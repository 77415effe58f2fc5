using SalesSuite.Modules.Reporting.Domain;

namespace SalesSuite.Modules.Reporting.Tests.Documents;

/// <summary>Slots are 06:00 of the tenant's own calendar, whatever UTC offset that day has.</summary>
public sealed class ScheduleSlotsTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Theory]
    // Thursday before the spring change: next Monday 30 March 2026 06:00 CEST is 04:00 UTC.
    [InlineData("2026-03-26T12:00:00Z", "Weekly", "2026-03-30T04:00:00Z")]
    // Monday 23 March at 05:00 UTC (06:00 CET): exactly the slot, so the next one is a week later.
    [InlineData("2026-03-23T05:00:00Z", "Weekly", "2026-03-30T04:00:00Z")]
    // A minute before that slot: the slot itself.
    [InlineData("2026-03-23T04:59:00Z", "Weekly", "2026-03-23T05:00:00Z")]
    // Late on 31 October (UTC) is already 1 November in Berlin, but 06:00 of the 1st is still ahead (CET again).
    [InlineData("2026-10-31T23:30:00Z", "Monthly", "2026-11-01T05:00:00Z")]
    [InlineData("2026-12-15T10:00:00Z", "Monthly", "2027-01-01T05:00:00Z")]
    public void Next_is_the_first_slot_after_the_instant(string after, string frequency, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected), ScheduleSlots.Next(Enum.Parse<ReportFrequency>(frequency), DateTimeOffset.Parse(after), Berlin));

    [Fact]
    public void A_run_reports_on_the_whole_week_or_month_before_its_slot()
    {
        Assert.Equal((new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 29)),
            ScheduleSlots.RangeOf(ReportFrequency.Weekly, DateTimeOffset.Parse("2026-03-30T04:00:00Z"), Berlin));
        Assert.Equal((new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28)),
            ScheduleSlots.RangeOf(ReportFrequency.Monthly, DateTimeOffset.Parse("2026-03-01T05:00:00Z"), Berlin));
    }
}
