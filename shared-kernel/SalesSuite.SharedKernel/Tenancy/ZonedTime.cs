namespace SalesSuite.SharedKernel.Tenancy;

/// <summary>Calendar days and local times of a time zone, as instants: what tenants' calendars (<see cref="TenantInfo"/>) and schedules are built on.</summary>
public static class ZonedTime
{
    /// <summary>The calendar day of <paramref name="at"/> in <paramref name="zone"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    /// <summary>The instant (UTC) of <paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>; a time in a daylight-saving gap moves to
    /// when the clocks resume.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The Monday of <paramref name="day"/>'s week.</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
