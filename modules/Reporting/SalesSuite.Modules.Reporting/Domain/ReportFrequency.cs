namespace SalesSuite.Modules.Reporting.Domain;

internal enum ReportFrequency
{
    /// <summary>Mondays at 06:00 of the tenant's time zone, for the week before.</summary>
    Weekly,

    /// <summary>The first of each month at 06:00 of the tenant's time zone, for the month before.</summary>
    Monthly,
}
