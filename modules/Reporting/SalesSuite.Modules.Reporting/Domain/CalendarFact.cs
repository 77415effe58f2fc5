using SalesSuite.SharedKernel.Data;
using SalesSuite.SharedKernel.Tenancy;

namespace SalesSuite.Modules.Reporting.Domain;

/// <summary>
/// A fact on a day of the tenant's calendar, with the first day of its week (Monday), month, quarter and year as columns of
/// their own, so that grouping by period is a plain GROUP BY on every provider, without date functions.
/// </summary>
internal abstract class CalendarFact : TenantEntity
{
    public DateOnly Day { get; set; }

    public DateOnly Week { get; set; }

    public DateOnly Month { get; set; }

    public DateOnly Quarter { get; set; }

    public DateOnly Year { get; set; }

    public void SetDay(DateOnly day)
    {
        Day = day;
        Week = ZonedTime.WeekStart(day);
        Month = new DateOnly(day.Year, day.Month, 1);
        Quarter = new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
        Year = new DateOnly(day.Year, 1, 1);
    }
}
