using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace SalesSuite.SharedKernel.Configuration;

/// <summary>
/// Strict reads of single settings, for checks at start-up: a value that does not parse or is out of range is a
/// <see cref="ConfigurationError"/> naming its key. An absent key gives null (the option's default applies); a key
/// that is present but empty is an error, because the options binder cannot convert it either.
/// </summary>
public static class SettingChecks
{
    public static bool? Flag(this IConfiguration configuration, string key)
    {
        var raw = configuration[key];
        if (raw is null)
        {
            return null;
        }

        return bool.TryParse(raw, out var value) ? value : throw Invalid(key, raw, "true or false");
    }

    public static int? WholeNumber(this IConfiguration configuration, string key, int min, int max = int.MaxValue, string? unit = null) =>
        (int?)configuration.WholeNumber(key, (long)min, max, unit);

    public static long? WholeNumber(this IConfiguration configuration, string key, long min, long max, string? unit = null)
    {
        var raw = configuration[key];
        if (raw is null)
        {
            return null;
        }

        var expected = $"a whole number{(unit is null ? "" : " of " + unit)} " + Range(min, max);
        return long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw Invalid(key, raw, expected);
    }

    /// <summary>A decimal number in <paramref name="min"/>..<paramref name="max"/>; <paramref name="expected"/> describes the range to the reader.</summary>
    public static double? Number(this IConfiguration configuration, string key, double min, double max, string expected)
    {
        var raw = configuration[key];
        if (raw is null)
        {
            return null;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw Invalid(key, raw, expected);
    }

    private static string Range(long min, long max) =>
        max is int.MaxValue or long.MaxValue ? $"of at least {min}" : $"from {min} to {max}";

    private static ConfigurationError Invalid(string key, string raw, string expected) =>
        new(key, string.IsNullOrWhiteSpace(raw) ? $"is empty; use {expected}, or remove it for the default." : $"'{raw}' is not valid; use {expected}.");
}
