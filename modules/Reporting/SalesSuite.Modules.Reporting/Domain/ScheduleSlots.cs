using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>The slots of a schedule in the tenant's time zone: Mondays or the first of the month, 06:00 local (when the clocks resume if that time does not
/// exist that day).</summary>
internal static class ScheduleSlots
{
    public static readonly TimeOnly RunTime = new(6, 0);

    /// <summary>The first slot strictly after <paramref name="after"/>.</summary>
    public static DateTimeOffset Next(ReportFrequency frequency, DateTimeOffset after, TimeZoneInfo zone)
    {
        var day = ZonedTime.DayOf(after, zone);
        var candidate = frequency == ReportFrequency.Weekly ? ZonedTime.WeekStart(day) : new DateOnly(day.Year, day.Month, 1);
        while (true)
        {
            var at = ZonedTime.At(candidate, RunTime, zone);
            if (at > after)
            {
                return at;
            }

            candidate = frequency == ReportFrequency.Weekly ? candidate.AddDays(7) : candidate.AddMonths(1);
        }
    }

    /// <summary>What a run at <paramref name="slot"/> reports on: the whole week (Monday to Sunday) or calendar month before the slot's day.</summary>
    public static (DateOnly From, DateOnly To) RangeOf(ReportFrequency frequency, DateTimeOffset slot, TimeZoneInfo zone)
    {
        var day = ZonedTime.DayOf(slot, zone);
        return frequency == ReportFrequency.Weekly
            ? (day.AddDays(-7), day.AddDays(-1))
            : (new DateOnly(day.Year, day.Month, 1).AddMonths(-1), new DateOnly(day.Year, day.Month, 1).AddDays(-1));
    }
}
