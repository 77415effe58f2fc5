namespace SalesSuite.SharedKernel.Tenancy;

/// <summary>A tenant as the tenant store knows it.</summary>
/// <param name="Id">The stable identifier (the token's <c>tenant</c> claim, the <c>X-Tenant</c> header).</param>
/// <param name="ConnectionString">A database of its own; null means the shared default database.</param>
/// <param name="DisabledModules">Modules switched off for this tenant: their fields answer MODULE_DISABLED.</param>
public sealed record TenantInfo(
    string Id,
    string Name,
    IReadOnlyList<string> Hosts,
    IReadOnlyList<string> DisabledModules,
    string? ConnectionString = null,
    string? Provider = null,
    string? TimeZone = null)
{
    /// <summary>The tenant's time zone (an IANA id such as <c>Europe/Berlin</c>; UTC when none is set): days, weeks and months of reports are the tenant's
    /// own.</summary>
    public TimeZoneInfo Zone => string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The tenant's calendar day of an instant.</summary>
    public DateOnly LocalDay(DateTimeOffset at) => ZonedTime.DayOf(at, Zone);

    /// <summary>The instant (UTC) the tenant's calendar day begins; a day whose midnight falls in a daylight-saving gap begins when the clocks
    /// resume.</summary>
    public DateTimeOffset StartOf(DateOnly day) => ZonedTime.At(day, TimeOnly.MinValue, Zone);

    public bool IsModuleEnabled(string moduleName) =>
        !DisabledModules.Contains(moduleName, StringComparer.OrdinalIgnoreCase);
}
