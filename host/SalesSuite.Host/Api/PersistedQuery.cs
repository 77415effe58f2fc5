using System.Text.RegularExpressions;

namespace SalesSuite.Host.Api;

/// <summary>
/// The <c>extensions.persistedQuery</c> of a request, as Apollo's automatic persisted queries send it:
/// <c>{ "version": 1, "sha256Hash": "&lt;64 hex digits&gt;" }</c>.
/// </summary>
internal static partial class PersistedQuery
{
    /// <summary>The hash the request names (null when it names none), or why its persistedQuery is not one.</summary>
    public static (string? Hash, string? Error) From(IReadOnlyDictionary<string, object?>? extensions)
    {
        if (extensions is null || !extensions.TryGetValue("persistedQuery", out var value) || value is null)
        {
            return (null, null);
        }

        if (value is not IReadOnlyDictionary<string, object?> persisted)
        {
            return (null, "extensions.persistedQuery must be an object with version and sha256Hash.");
        }

        var version = persisted.GetValueOrDefault("version");
        if (version is not (int or long) || Convert.ToInt64(version, System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            return (null, "extensions.persistedQuery.version must be 1, the only version there is.");
        }

        return persisted.GetValueOrDefault("sha256Hash") is string hash && Sha256Hex().IsMatch(hash)
            ? (hash.ToLowerInvariant(), null)
            : (null, "extensions.persistedQuery.sha256Hash must be the SHA-256 of the query text, as 64 hexadecimal digits.");
    }

    [GeneratedRegex("^[0-9a-fA-F]{64}$")]
    private static partial Regex Sha256Hex();
}
